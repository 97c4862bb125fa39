package th.ita.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ita} command line: one subcommand per job. */
@Command(name = "ita",
        mixinStandardHelpOptions = true,
        version = "ita 0.1.0",
        description = "Ingest, search and export Thai ITA reports.",
        subcommands = {
                CommandLine.HelpCommand.class,
                RunCommand.class,
                IngestCommand.class,
                BenchCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                ExportCommand.class,
                ReindexCommand.class,
                OcrRetryCommand.class,
                DoctorCommand.class,
                StatusCommand.class,
        })
public final class ItaCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new ItaCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
