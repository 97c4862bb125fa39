package th.ita.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time of this JVM and of the child processes it has waited for (Tesseract), read from Linux's
 * {@code /proc/self/stat}. On a shared machine wall time measures the scheduler as much as the work; CPU seconds
 * measure the work alone.
 *
 * @param ownSeconds      user + system time of the JVM's own threads
 * @param childrenSeconds user + system time of finished child processes the JVM has reaped
 */
public record ProcessCpu(double ownSeconds, double childrenSeconds) {

    private static final Path STAT = Path.of("/proc/self/stat");
    /** USER_HZ: the unit of /proc's times, 100 on every Linux the JVM runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Now, or empty where /proc is missing (then only wall times are reported). */
    public static Optional<ProcessCpu> now() {
        try {
            String stat = Files.readString(STAT);
            // fields after the command name, which is in parentheses and may itself hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime, stime, cutime, cstime are fields 14-17 of stat(5); here 0-based from field 3
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long children = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            // the MXBean counts nanoseconds where /proc counts ticks; prefer it for the JVM's own time
            double ownSeconds = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1e9 : own / TICKS_PER_SECOND;
            return Optional.of(new ProcessCpu(ownSeconds, children / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The CPU spent between {@code earlier} and this. */
    public ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(ownSeconds - earlier.ownSeconds, childrenSeconds - earlier.childrenSeconds);
    }
}
