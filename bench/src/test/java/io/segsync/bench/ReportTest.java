package io.segsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report writer only: the scenarios themselves never run during the build. */
class ReportTest {
    @Test
    void writesMachineParametersFiguresAndVerdicts() {
        Report report = new Report().machine("cores", 2);
        report.section("1. Latency-bound").parameter("latency", "25 ms").measured("wall", "1.50 s")
                .figure("wall ÷ lower bound", 1.5, "×", Report.Goal.AT_MOST, 1.25)
                .figure("requests", 57, "", Report.Goal.INFO, Double.NaN)
                .note("why it missed");
        report.section("4. CDC").figure("rows written", 0, "rows", Report.Goal.EQUALS, 0)
                .figure("speed-up", 4, "×", Report.Goal.AT_LEAST, 5);

        String md = report.toMarkdown();

        assertThat(md).contains("| cores | 2 |")
                .contains("| latency | 25 ms |")
                .contains("| 1. Latency-bound | wall ÷ lower bound | 1.50 × | ≤ 1.25 × | MISS by 20% |")
                .contains("| 4. CDC | rows written | 0.00 rows | = 0.00 rows | PASS |")
                .contains("| 4. CDC | speed-up | 4.00 × | ≥ 5.00 × | MISS: 1.3× short |")
                .contains("- why it missed");
        assertThat(md).doesNotContain("| 1. Latency-bound | requests |");
    }
}
