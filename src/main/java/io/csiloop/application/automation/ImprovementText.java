package io.csiloop.application.automation;

import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ImprovementDraft;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary and description of an Improvement raised by a signal, in the language of the messages given (a job
 * has no user: Jira's default language): the KPI, its latest value, target, baseline and status, and the signal.
 */
final class ImprovementText {

    private static final String PREFIX = "csiloop.automation.raise.";

    private final MessageSource messages;

    ImprovementText(MessageSource messages) {
        this.messages = messages;
    }

    ImprovementDraft draft(StoredDefinition stored, SignalCandidate signal, String reporterKey) {
        MeasurementDefinition d = stored.definition();
        String summary = text("summary", d.key(), d.name(), reason(signal));
        if (summary.length() > ImprovementDraft.SUMMARY_MAX) {
            summary = summary.substring(0, ImprovementDraft.SUMMARY_MAX - 1) + "…";
        }
        String description = String.join("\n", List.of(
                text("intro", d.name(), d.key()),
                signalLine(signal),
                text("latest", number(signal.latest().value()), d.unit(), signal.last().label()),
                target(d),
                d.baseline() == null ? text("noBaseline") : text("baseline", number(d.baseline()), d.unit()),
                text("status", messages.text(KpiStatus.of(d, signal.latest()).messageKey(), List.of())),
                "",
                text("footer", signal.fingerprint(stored.id()))));
        return new ImprovementDraft(stored.projectId(), reporterKey, summary, description);
    }

    /** The register's objective for the raised improvement. */
    String objective(StoredDefinition stored) {
        return text("objective", stored.definition().name(), stored.definition().key());
    }

    private String reason(SignalCandidate signal) {
        return signal.kind() == SignalCandidate.Kind.OFF_TARGET
                ? text("reason.OFF_TARGET", signal.periods()) : text("reason.CHART");
    }

    private String signalLine(SignalCandidate signal) {
        if (signal.kind() == SignalCandidate.Kind.OFF_TARGET) {
            return text("signal.OFF_TARGET", signal.periods(), signal.first().label());
        }
        String rules = signal.rules().stream().sorted().map(r -> messages.text(r.messageKey(), List.of()))
                .collect(Collectors.joining("; "));
        return text("signal.CHART", signal.first().label(), rules);
    }

    private String target(MeasurementDefinition d) {
        return d.band() == null ? text("target", number(d.target()), d.unit())
                : text("band", number(d.band().low()), number(d.band().high()), d.unit());
    }

    /** Numbers as plain text: MessageFormat would group digits by locale, which is not what a KPI reads like. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", "");
    }

    private String text(String key, Object... params) {
        return messages.text(PREFIX + key, List.of(params));
    }
}
