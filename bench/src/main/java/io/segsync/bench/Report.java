package io.segsync.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report of one bench run: the machine, then per scenario its parameters, its raw
 * measurements and its figures, each figure against its target with PASS/MISS and by how much.
 */
public final class Report {
    /** How a figure compares with its target. */
    public enum Goal {
        AT_MOST("≤"), AT_LEAST("≥"), EQUALS("="), INFO("");

        final String symbol;

        Goal(String symbol) {
            this.symbol = symbol;
        }
    }

    /** One figure: a ratio or count, its target (NaN when it is for information only). */
    public record Figure(String name, double value, String unit, Goal goal, double target) {
        public boolean passed() {
            switch (goal) {
                case AT_MOST: return value <= target;
                case AT_LEAST: return value >= target;
                case EQUALS: return value == target;
                default: return true;
            }
        }

        /** "PASS", or "MISS by 12%" (relative to the target; absolute when the target is zero). */
        public String verdict() {
            if (goal == Goal.INFO) {
                return "";
            }
            if (Double.isNaN(value)) {
                return "NOT MEASURED";
            }
            if (passed()) {
                return "PASS";
            }
            if (target == 0) {
                return "MISS by " + format(Math.abs(value - target), unit);
            }
            if (goal == Goal.AT_LEAST) {
                return String.format(Locale.ROOT, "MISS: %.1f× short", target / value);
            }
            return String.format(Locale.ROOT, "MISS by %.0f%%", (value / target - 1) * 100);
        }
    }

    /** One scenario's section. */
    public static final class Section {
        final String title;
        final Map<String, String> parameters = new LinkedHashMap<>();
        final Map<String, String> measurements = new LinkedHashMap<>();
        final List<Figure> figures = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Section(String title) {
            this.title = title;
        }

        public Section parameter(String name, Object value) {
            parameters.put(name, String.valueOf(value));
            return this;
        }

        public Section measured(String name, Object value) {
            measurements.put(name, String.valueOf(value));
            return this;
        }

        public Section figure(String name, double value, String unit, Goal goal, double target) {
            figures.add(new Figure(name, value, unit, goal, target));
            return this;
        }

        public Section note(String text) {
            notes.add(text);
            return this;
        }

        public List<Figure> figures() {
            return figures;
        }
    }

    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> preface = new ArrayList<>();

    public Report machine(String name, Object value) {
        machine.put(name, String.valueOf(value));
        return this;
    }

    public Report preface(String text) {
        preface.add(text);
        return this;
    }

    public Section section(String title) {
        Section s = new Section(title);
        sections.add(s);
        return s;
    }

    public List<Section> sections() {
        return sections;
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# segsync benchmark results\n\n");
        md.append("Written by `./bench/run` (issue 8). Every figure is a ratio or count measured side by side in this one run; "
                + "rerun the command to refresh. Do not edit by hand.\n\n");
        for (String p : preface) {
            md.append(p).append("\n\n");
        }
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(escape(v)).append(" |\n"));
        md.append("\n## Summary\n\n| scenario | figure | measured | target | verdict |\n|---|---|---|---|---|\n");
        for (Section s : sections) {
            for (Figure f : s.figures) {
                if (f.goal() == Goal.INFO) {
                    continue;
                }
                md.append("| ").append(escape(s.title)).append(" | ").append(escape(f.name())).append(" | ")
                        .append(format(f.value(), f.unit())).append(" | ").append(f.goal().symbol).append(' ')
                        .append(format(f.target(), f.unit())).append(" | ").append(f.verdict()).append(" |\n");
            }
        }
        for (Section s : sections) {
            md.append("\n## ").append(s.title).append("\n\n");
            if (!s.parameters.isEmpty()) {
                md.append("Parameters:\n\n| parameter | value |\n|---|---|\n");
                s.parameters.forEach((k, v) -> md.append("| ").append(escape(k)).append(" | ").append(escape(v)).append(" |\n"));
                md.append('\n');
            }
            if (!s.measurements.isEmpty()) {
                md.append("Measured:\n\n| measurement | value |\n|---|---|\n");
                s.measurements.forEach((k, v) -> md.append("| ").append(escape(k)).append(" | ").append(escape(v)).append(" |\n"));
                md.append('\n');
            }
            if (!s.figures.isEmpty()) {
                md.append("Figures:\n\n| figure | measured | target | verdict |\n|---|---|---|---|\n");
                for (Figure f : s.figures) {
                    md.append("| ").append(escape(f.name())).append(" | ").append(format(f.value(), f.unit())).append(" | ")
                            .append(f.goal() == Goal.INFO ? "(information)" : f.goal().symbol + " " + format(f.target(), f.unit()))
                            .append(" | ").append(f.verdict()).append(" |\n");
                }
                md.append('\n');
            }
            for (String n : s.notes) {
                md.append("- ").append(n).append('\n');
            }
        }
        return md.toString();
    }

    static String format(double v, String unit) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        String number;
        if (v == Math.rint(v) && Math.abs(v) >= 10) {
            number = String.format(Locale.ROOT, "%,d", (long) v);
        } else if (Math.abs(v) >= 100) {
            number = String.format(Locale.ROOT, "%,.0f", v);
        } else {
            number = String.format(Locale.ROOT, "%.2f", v);
        }
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
