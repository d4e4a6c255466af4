package io.segsync.core.sync;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    @Test
    void rowsReadMustMatchWhatSegmentAnnouncedOnEveryCall() {
        Reconciliation r = new Reconciliation();
        r.page(OptionalLong.of(5), true);
        r.page(OptionalLong.of(5), false); // later pages repeat the call's total; counted once
        r.page(OptionalLong.of(3), true); // a second call (another parent)
        assertThatCode(() -> r.checkAnnounced("rules", 8)).doesNotThrowAnyException();
        assertThatThrownBy(() -> r.checkAnnounced("rules", 7)).hasMessageContaining("announced 8").hasMessageContaining("7 were read");
    }

    @Test
    void aCallWithoutTotalMakesTheAnnouncedCountUnknown() {
        Reconciliation r = new Reconciliation();
        r.page(OptionalLong.of(5), true);
        r.page(OptionalLong.empty(), true);
        assertThatCode(() -> r.checkAnnounced("labels", 1)).doesNotThrowAnyException();
    }

    @Test
    void rowsReadMustMatchRowsLanded() {
        Reconciliation r = new Reconciliation();
        assertThatThrownBy(() -> r.check("sources", 10, 9)).hasMessageContaining("read 10 rows but the target holds 9");
        assertThatCode(() -> r.check("sources", 10, 10)).doesNotThrowAnyException();
    }
}
