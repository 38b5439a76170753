package dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM, with what it printed on each stream. */
record MainRun(int exit, String out, String err) {

    static MainRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new MainRun(exit, out.toString(), err.toString());
    }
}
