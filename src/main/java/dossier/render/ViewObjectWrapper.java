package dossier.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * How template data reaches Freemarker. Templates are code from strangers (GUIDE §4), so they see
 * strings, numbers, booleans, lists and maps as Freemarker values, and of Java objects only our
 * {@link Views} records, and of those only the record components (and {@code ${view}} prints the
 * record's own toString): no {@code getClass()}, no other method, constructor or field. Any other object is refused when it is wrapped, so a view that
 * leaks a model or library object fails the bake instead of exposing that object's methods.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper() {
        super(settings(), true);
    }

    private static DefaultObjectWrapperBuilder settings() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(new ComponentsOnly());
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (!isView(value.getClass())) {
            throw new TemplateModelException("templates see view records only, not " + value.getClass().getName());
        }
        return super.handleUnknownType(value);
    }

    static boolean isView(Class<?> type) {
        return VIEW.get(type);
    }

    /**
     * Whether a class is one of our view records, worked out once per class: asked for every object
     * a template sees, and isRecord and getEnclosingClass each call into the VM. A fact about a
     * loaded class never changes, so the memo is no state a bake could see.
     */
    private static final ClassValue<Boolean> VIEW = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord() && type.getEnclosingClass() == Views.class;
        }
    };

    /** Exposes the accessors of view records' components and nothing else. */
    private static final class ComponentsOnly implements MemberAccessPolicy {
        private static final ClassMemberAccessPolicy NOTHING = methodsOnly(method -> false);

        /** A policy that exposes no constructor and no field, and the methods the test accepts. */
        private static ClassMemberAccessPolicy methodsOnly(java.util.function.Predicate<Method> exposed) {
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return exposed.test(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            if (!isView(type)) {
                return NOTHING;
            }
            return methodsOnly(method -> Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).anyMatch(method::equals));
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return true;
        }
    }
}
