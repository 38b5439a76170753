import dossier.build.Build;
import dossier.model.Dossier;
import dossier.search.SearchIndexFile;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The search phase alone, in one JVM: builds the model of a site once, then builds its search index
 * ROUNDS times (the first warms the JIT) into memory, not to disk, and prints per round the wall
 * time, the CPU time of the process (all threads) and the bytes allocated (all threads), and the
 * index's files and bytes. Run with the jar on the class path:
 *   java -cp target/dossier.jar .ci/bench/SearchPhase.java SITE [ROUNDS]
 * Works with jars from before the sharded index too (SearchIndexFile.script, one file).
 */
public class SearchPhase {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Build.Result result = new Build().run(new Build.Options(site, null));
        if (!result.ok()) {
            System.err.println(result.report().diagnostics());
            System.exit(1);
        }
        Dossier dossier = result.dossier().orElseThrow();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Class<?> sink = sinkClass();
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long allocated = allocated(threads);
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            long[] files = new long[1];
            long[] bytes = new long[1];
            if (sink != null) { // SearchIndexFile.write(dossier, (path, text) -> …), by reflection to run against older jars too
                Object counter = java.lang.reflect.Proxy.newProxyInstance(sink.getClassLoader(), new Class<?>[] {sink}, (proxy, method, a) -> {
                    files[0]++;
                    bytes[0] += ((String) a[1]).length();
                    return null;
                });
                SearchIndexFile.class.getMethod("write", Dossier.class, sink).invoke(null, dossier, counter);
            } else {
                String script = (String) SearchIndexFile.class.getMethod("script", Dossier.class).invoke(null, dossier);
                files[0] = 1;
                bytes[0] = script.length();
            }
            wall = System.nanoTime() - wall;
            cpu = os.getProcessCpuTime() - cpu;
            allocated = allocated(threads) - allocated;
            System.out.printf(Locale.ROOT, "search phase, round %d: wall %d ms, CPU %d ms, allocated %,d MB; index %,d files, %,d bytes%n",
                    round, wall / 1_000_000, cpu / 1_000_000, allocated >> 20, files[0], bytes[0]);
        }
    }

    private static Class<?> sinkClass() {
        try {
            return Class.forName("dossier.search.SearchIndexFile$Sink");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long a : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, a);
        }
        return sum;
    }
}
