package io.floorwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the app on the embedded demo (500 agents), as a supervisor launches it: a fresh JVM with a fresh
 * profile, in a headless Monocle window, timed from the process's start to the log line that says agent rows were
 * painted (median of 5). The JVM gets the options the installer's launcher gives it (read from
 * {@code packaging/jpackage-common.args}, so the two cannot drift apart); a second series without them is what
 * {@code java -jar} from a checkout gets. Then, on the last installer-like run left at rest on the Floor screen:
 * heap after a full GC, resident memory, threads by name, and CPU over 30 s. Linux only (it reads /proc), as the
 * machines here are.
 */
public final class StartupBench {
    /** 5 by default; {@code -Druns=1} for a quick look at the figures at rest. */
    private static final int RUNS = Integer.getInteger("runs", 5);
    private static final AtomicInteger THREADS_GONE = new AtomicInteger();
    private static final Pattern FIRST_FRAME = Pattern.compile("first live frame: (\\d+) agent rows on screen (\\d+) ms");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** Where the installers' shared jpackage options are, relative to the project (the bench runs there). */
    private static final Path INSTALLER_ARGS = Path.of("packaging", "jpackage-common.args");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> installed = installerJavaOptions(Files.readAllLines(INSTALLER_ARGS));
        series("without the installer's JVM options (java -jar from a checkout)", List.of(), false);
        series("with the installer's JVM options " + installed, installed, true);
    }

    /** The values of the {@code --java-options} lines of a jpackage argument file. */
    private static List<String> installerJavaOptions(List<String> lines) {
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--java-options ")) {
                options.add(trimmed.substring("--java-options ".length()).trim().replace("\"", ""));
            }
        }
        if (options.isEmpty()) {
            throw new IllegalStateException(INSTALLER_ARGS + " gives the JVM no --java-options; is it the right file?");
        }
        return options;
    }

    private static void series(String label, List<String> javaOptions, boolean thenAtRest) throws Exception {
        double[] wall = new double[RUNS];
        double[] inApp = new double[RUNS];
        int rows = 0;
        for (int run = 0; run < RUNS; run++) {
            Path home = Files.createTempDirectory("floorwatch-startup");
            long spawned = System.nanoTime();
            Process app = launch(home, javaOptions);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                        StandardCharsets.UTF_8));
                Matcher frame = awaitFirstFrame(out);
                wall[run] = (System.nanoTime() - spawned) / 1e6;
                inApp[run] = Double.parseDouble(frame.group(2));
                rows = Integer.parseInt(frame.group(1));
                Thread drain = new Thread(() -> drain(out), "startup-bench-drain");
                drain.setDaemon(true);
                drain.start();
                if (thenAtRest && run == RUNS - 1) {
                    atRest(app.pid());
                }
            } finally {
                app.destroy();
                if (!app.waitFor(20, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor();
                }
            }
        }
        System.out.printf("COLD START %s to first agent row painted (demo, %d agents, fresh profile, median of %d): "
                + "%.0f ms from process start (runs %s); %.0f ms by the app's own clock from JVM start%n",
                label, rows, RUNS, Stats.median(wall), format(wall), Stats.median(inApp));
    }

    private static Process launch(Path home, List<String> javaOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        // After the installer's options, so the headless renderer wins over its -Dprism.order. The app's own
        // logging (the test class path's would hide the INFO line the run waits for).
        command.addAll(List.of("-Duser.home=" + home, "-Dfloorwatch.logdir=" + home,
                "-Dlogback.configurationFile=" + StartupBench.class.getResource("/logback.xml"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32", "-cp", System.getProperty("java.class.path"),
                "io.floorwatch.app.Main"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static Matcher awaitFirstFrame(BufferedReader out) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            seen.add(line);
            Matcher matcher = FIRST_FRAME.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new IllegalStateException("the app never said it painted agent rows; its output:\n"
                + String.join("\n", seen));
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // The child's log: read so it never blocks on a full pipe.
            }
        } catch (IOException e) {
            // The child went away: nothing more to read.
        }
    }

    /** Heap after GC, memory, threads and CPU of the app left on the Floor screen. */
    private static void atRest(long pid) throws Exception {
        Thread.sleep(45_000); // past the demo's start-up work (Kafka broker, history's first writes, the JIT)
        long cpuBefore = cpuTicks(pid);
        Map<String, Long> threadsBefore = cpuByThread(pid);
        long from = System.nanoTime();
        Thread.sleep(30_000);
        double seconds = (System.nanoTime() - from) / 1e9;
        double cpuShare = (cpuTicks(pid) - cpuBefore) / (double) CLOCK_TICKS_PER_SECOND / seconds;
        Map<String, Long> busiest = new TreeMap<>();
        cpuByThread(pid).forEach((name, ticks) -> busiest.put(name, ticks - threadsBefore.getOrDefault(name, 0L)));
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        long heapKb = used.find() ? Long.parseLong(used.group(1)) : -1;
        String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
        long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
        Map<String, Integer> threads = threadsByName(jcmd(pid, "Thread.print"));
        int total = threads.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("AT REST on the Floor screen (demo, after first frame + 45 s): heap after full GC %.0f MB; "
                + "resident %.0f MB; CPU %.1f %% of a core over %.0f s; %d Java threads%n",
                heapKb / 1024.0, rssKb / 1024.0, cpuShare * 100, seconds, total);
        System.out.println("THREADS by name (digits folded): " + threads);
        StringBuilder top = new StringBuilder();
        busiest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> top.append(top.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format("%.1f %%", e.getValue() * 100.0 / CLOCK_TICKS_PER_SECOND / seconds)));
        System.out.println("BUSIEST threads at rest (% of a core; names as the kernel keeps them): " + top
                + (THREADS_GONE.get() > 0 ? " (" + THREADS_GONE.get() + " threads ended while counted)" : ""));
    }

    /** CPU ticks per thread name (the kernel's 15-character name; threads of one name added up). */
    private static Map<String, Long> cpuByThread(long pid) throws IOException {
        Map<String, Long> byName = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (NoSuchFileException e) {
                    THREADS_GONE.incrementAndGet(); // the thread ended between the listing and the read
                }
            }
        }
        return byName;
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }

    private static Map<String, Integer> threadsByName(String dump) {
        Map<String, Integer> byName = new TreeMap<>();
        Matcher name = Pattern.compile("^\"([^\"]+)\"", Pattern.MULTILINE).matcher(dump);
        while (name.find()) {
            byName.merge(name.group(1).replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        return byName;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static String format(double[] samples) {
        StringBuilder text = new StringBuilder();
        for (double sample : samples) {
            text.append(text.length() == 0 ? "" : ", ").append(Math.round(sample));
        }
        return text.toString();
    }
}
