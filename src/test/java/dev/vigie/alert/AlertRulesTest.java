package dev.vigie.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.backup.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private static SourceCheck check(AlertState state, AlertFinding... findings) {
        return new SourceCheck("nas", state, "VIGIE ...", List.of(findings), NOW);
    }

    private static AlertFinding finding(Severity severity, String code) {
        return new AlertFinding(severity, code, code);
    }

    /** Runs the rules over a sequence of checks as the store would: remembering after each decision. */
    private static List<Optional<AlertKind>> run(Minimum min, SourceCheck... checks) {
        Optional<Watched> heard = Optional.empty();
        List<Optional<AlertKind>> alerts = new java.util.ArrayList<>();
        for (SourceCheck check : checks) {
            AlertDecision decision = AlertRules.decide(check, min, heard);
            alerts.add(decision.alert());
            heard = Optional.of(decision.remember());
        }
        return alerts;
    }

    @Test
    void aFineSourceAtItsFirstCheckIsItsBaselineAndSendsNothing() {
        assertThat(AlertRules.decide(check(AlertState.UP), Minimum.WARNING, Optional.empty()).alert()).isEmpty();
        assertThat(AlertRules.decide(check(AlertState.NEW), Minimum.WARNING, Optional.empty()).alert()).isEmpty();
    }

    @Test
    void aSourceAlreadyDownAtItsFirstCheckIsToldOnce() {
        assertThat(run(Minimum.WARNING, check(AlertState.DOWN), check(AlertState.DOWN)))
                .containsExactly(Optional.of(AlertKind.PROBLEM), Optional.empty());
    }

    @Test
    void upThenDownThenUpSendsOneProblemAndOneRecovery() {
        assertThat(run(Minimum.WARNING, check(AlertState.UP), check(AlertState.DOWN), check(AlertState.UP)))
                .containsExactly(Optional.empty(), Optional.of(AlertKind.PROBLEM), Optional.of(AlertKind.RECOVERED));
    }

    @Test
    void theSameStateAgainSendsNothing() {
        assertThat(run(Minimum.WARNING, check(AlertState.UP), check(AlertState.LATE), check(AlertState.LATE),
                check(AlertState.LATE))).containsExactly(Optional.empty(), Optional.of(AlertKind.PROBLEM),
                Optional.empty(), Optional.empty());
    }

    @Test
    void lateThenDownIsToldAgainBecauseItGotWorse() {
        assertThat(run(Minimum.WARNING, check(AlertState.UP), check(AlertState.LATE), check(AlertState.DOWN)))
                .containsExactly(Optional.empty(), Optional.of(AlertKind.PROBLEM), Optional.of(AlertKind.PROBLEM));
    }

    @Test
    void aCriticalChannelHearsNeitherLateNorWarningsButHearsDown() {
        assertThat(run(Minimum.CRITICAL, check(AlertState.UP), check(AlertState.LATE),
                check(AlertState.UP, finding(Severity.WARNING, "size-drop")), check(AlertState.DOWN),
                check(AlertState.UP))).containsExactly(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(AlertKind.PROBLEM), Optional.of(AlertKind.RECOVERED));
    }

    @Test
    void aNewFindingAtTheChannelsLevelIsToldAndItsDisappearanceWhileStillBadIsNot() {
        AlertFinding corrupt = finding(Severity.CRITICAL, "corrupt-zip");
        AlertFinding drop = finding(Severity.WARNING, "size-drop");
        assertThat(run(Minimum.WARNING, check(AlertState.UP), check(AlertState.UP, corrupt),
                check(AlertState.UP, corrupt, drop), check(AlertState.UP, drop), check(AlertState.UP)))
                .containsExactly(Optional.empty(), Optional.of(AlertKind.PROBLEM), Optional.of(AlertKind.PROBLEM),
                        Optional.empty(), Optional.of(AlertKind.RECOVERED));
    }

    @Test
    void aSourceThatCannotBeCheckedIsToldEvenToACriticalChannel() {
        assertThat(run(Minimum.CRITICAL, check(AlertState.UP), check(AlertState.UNKNOWN), check(AlertState.UP)))
                .containsExactly(Optional.empty(), Optional.of(AlertKind.PROBLEM), Optional.of(AlertKind.RECOVERED));
    }

    @Test
    void aNewSourceBecomingUpIsNotARecovery() {
        assertThat(run(Minimum.WARNING, check(AlertState.NEW), check(AlertState.UP)))
                .containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void pingsFailForLateDownOverdueUnknownAndCriticalFindingsOnly() {
        assertThat(check(AlertState.UP).failing()).isFalse();
        assertThat(check(AlertState.NEW).failing()).isFalse();
        assertThat(check(AlertState.UP, finding(Severity.WARNING, "size-drop")).failing()).isFalse();
        assertThat(check(AlertState.LATE).failing()).isTrue();
        assertThat(check(AlertState.DOWN).failing()).isTrue();
        assertThat(check(AlertState.NEW_OVERDUE).failing()).isTrue();
        assertThat(check(AlertState.UNKNOWN).failing()).isTrue();
        assertThat(check(AlertState.UP, finding(Severity.CRITICAL, "corrupt-zip")).failing()).isTrue();
    }

    @Test
    void whatAChannelHeardSurvivesItsStoredText() {
        Watched heard = Watched.of(check(AlertState.NEW_OVERDUE, finding(Severity.CRITICAL, "b"),
                finding(Severity.WARNING, "a")), Minimum.WARNING);
        assertThat(Watched.parse(heard.state().word(), heard.findingsText())).isEqualTo(heard);
    }
}
