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
 * @param ownSeconds      user + system time of the JVM's own threads, all of them
 * @param childrenSeconds user + system time of finished child processes the JVM has reaped
 * @param compilerSeconds of {@code ownSeconds}, the JIT compiler threads' (those alive when read)
 * @param gcSeconds       of {@code ownSeconds}, the garbage collector's threads'
 */
public record ProcessCpu(double ownSeconds, double childrenSeconds, double compilerSeconds, double gcSeconds) {

    private static final Path STAT = Path.of("/proc/self/stat");
    /** USER_HZ: the unit of /proc's times, 100 on every Linux the JVM runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Now, or empty where /proc is missing (then only wall times are reported). */
    public static Optional<ProcessCpu> now() {
        try {
            String[] fields = fieldsAfterName(Files.readString(STAT));
            long own = usedTicks(fields);
            // cutime and cstime follow utime and stime
            long children = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            // the MXBean counts nanoseconds where /proc counts ticks; prefer it for the JVM's own time
            double ownSeconds = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1e9 : own / TICKS_PER_SECOND;
            long[] compilerAndGc = compilerAndGcTicks();
            return Optional.of(new ProcessCpu(ownSeconds, children / TICKS_PER_SECOND,
                    compilerAndGc[0] / TICKS_PER_SECOND, compilerAndGc[1] / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JVM's work less compiling and collecting: what the code being measured costs in steady state. */
    public double workSeconds() {
        return ownSeconds - compilerSeconds - gcSeconds;
    }

    /**
     * CPU ticks of the JIT compiler threads and of the garbage collector's, from each thread's stat. HotSpot
     * names them "C1 CompilerThre…", "C2 CompilerThre…", "GC Thread#…" and "G1 …"; a compiler thread HotSpot
     * has ended since takes its time with it, which then counts as work.
     */
    private static long[] compilerAndGcTicks() throws IOException {
        long[] ticks = new long[2];
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    long used = usedTicks(fieldsAfterName(stat));
                    if (name.contains("CompilerThre")) {
                        ticks[0] += used;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        ticks[1] += used;
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while the folder was read
                }
            }
        }
        return ticks;
    }

    /** A stat line's fields after the command name, which is in parentheses and may itself hold spaces. */
    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** utime + stime: fields 14 and 15 of stat(5), here 0-based from field 3. */
    private static long usedTicks(String[] fields) {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The CPU spent between {@code earlier} and this. */
    public ProcessCpu since(ProcessCpu earlier) {
        return new ProcessCpu(ownSeconds - earlier.ownSeconds, childrenSeconds - earlier.childrenSeconds,
                compilerSeconds - earlier.compilerSeconds, gcSeconds - earlier.gcSeconds);
    }
}
