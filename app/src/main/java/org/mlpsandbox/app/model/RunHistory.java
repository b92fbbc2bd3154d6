package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every training run of a session, oldest first ({@link RunRecord}s numbered 1, 2, 3 …), with the words that tell
 * them apart: what differed from the run before, and legend labels naming what differs between chosen runs
 * ("Run 2: lr 0.3", "Run 3: lr 0.03, batch 32"). Memory stays bounded per run (see {@link RunRecord#MAX_POINTS}).
 * Not thread-safe: one thread (the event thread) uses it. Listeners hear of every change.
 */
public final class RunHistory {

    private final List<RunRecord> runs = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int nextNumber = 1;

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /** The number the next run gets. */
    public int nextNumber() {
        return nextNumber;
    }

    /** Keeps a finished run (renumbered if its number is taken or out of order). */
    public void add(RunRecord run) {
        RunRecord r = run.number() < nextNumber ? run.withNumber(nextNumber) : run;
        runs.add(r);
        nextNumber = r.number() + 1;
        changed();
    }

    /** The runs, oldest first. */
    public List<RunRecord> runs() {
        return List.copyOf(runs);
    }

    public int size() {
        return runs.size();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    public Optional<RunRecord> find(int number) {
        return runs.stream().filter(r -> r.number() == number).findFirst();
    }

    /**
     * Forgets the runs with these numbers; later runs keep their numbers (so names stay stable).
     *
     * @return how many were removed
     */
    public int delete(Collection<Integer> numbers) {
        int before = runs.size();
        runs.removeIf(r -> numbers.contains(r.number()));
        int removed = before - runs.size();
        if (removed > 0) {
            changed();
        }
        return removed;
    }

    /** Replaces every run (an opened experiment's); numbering goes on after the highest. */
    public void replaceAll(List<RunRecord> newRuns) {
        runs.clear();
        nextNumber = 1;
        for (RunRecord r : newRuns) {
            RunRecord kept = r.number() < nextNumber ? r.withNumber(nextNumber) : r;
            runs.add(kept);
            nextNumber = kept.number() + 1;
        }
        changed();
    }

    /** The run just before this one in the list, if any. */
    public Optional<RunRecord> previous(RunRecord run) {
        RunRecord before = null;
        for (RunRecord r : runs) {
            if (r == run || r.number() == run.number()) {
                return Optional.ofNullable(before);
            }
            before = r;
        }
        return Optional.ofNullable(before);
    }

    /**
     * What differed from the run before it: "lr 0.03, batch 32", "same settings", or "first run".
     */
    public String whatDiffered(RunRecord run) {
        return previous(run).map(p -> whatDiffered(p, run)).orElse("first run");
    }

    /** The settings of {@code run} that differ from {@code before}'s, e.g. "lr 0.03, batch 32"; "same settings". */
    public static String whatDiffered(RunRecord before, RunRecord run) {
        Map<String, String> a = before.settingsSummary();
        List<String> parts = new ArrayList<>();
        run.settingsSummary().forEach((k, v) -> {
            if (!Objects.equals(a.get(k), v)) {
                parts.add(k + " " + v);
            }
        });
        return parts.isEmpty() ? "same settings" : String.join(", ", parts);
    }

    /**
     * Legend labels for overlaying these runs: each run's name and its values of the settings that differ among
     * them ("Run 2: lr 0.3", "Run 3: lr 0.03, batch 32"); just the name when nothing differs.
     */
    public static List<String> legend(List<RunRecord> chosen) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Map<String, String>> summaries = new ArrayList<>();
        for (RunRecord r : chosen) {
            summaries.add(r.settingsSummary());
        }
        Map<String, Boolean> varies = new LinkedHashMap<>();
        for (Map<String, String> s : summaries) {
            for (String k : s.keySet()) {
                varies.putIfAbsent(k, false);
            }
        }
        for (String k : varies.keySet()) {
            String first = summaries.get(0).get(k);
            for (Map<String, String> s : summaries) {
                if (!Objects.equals(first, s.get(k))) {
                    varies.put(k, true);
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            List<String> parts = new ArrayList<>();
            Map<String, String> s = summaries.get(i);
            varies.forEach((k, v) -> {
                if (v) {
                    parts.add(k + " " + s.getOrDefault(k, "–"));
                }
            });
            labels.add(chosen.get(i).name() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        }
        return labels;
    }

    @Override
    public String toString() {
        return "RunHistory[" + runs.size() + " runs, next " + nextNumber + "]";
    }
}
