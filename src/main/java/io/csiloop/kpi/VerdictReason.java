package io.csiloop.kpi;

import io.csiloop.kernel.MessageKey;
import io.csiloop.kernel.MessageSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a {@link ChangeVerdict}'s reasons as data: an i18n key and its parameters, so the REST answer, the
 * pack and the gate say the same words in the reader's language. A parameter is a {@link MessageKey} (a word such as
 * "rose", translated first), a number (in the measure's unit, written with three significant digits and never fewer
 * integer digits), or text (a date, a unit).
 */
public record VerdictReason(String key, List<Object> params) {

    public VerdictReason {
        Objects.requireNonNull(key, "key");
        params = List.copyOf(params);
    }

    static VerdictReason of(String key, Object... params) {
        return new VerdictReason(key, List.of(params));
    }

    /** The sentence in the message source's language. */
    public String in(MessageSource messages) {
        return messages.text(key, params.stream().map(p -> p instanceof MessageKey word
                ? messages.text(word.key(), List.of()) : p instanceof Number number ? number(number.doubleValue())
                : String.valueOf(p)).toList());
    }

    /** The sentences in the message source's language, joined by a space. */
    public static String in(List<VerdictReason> reasons, MessageSource messages) {
        return String.join(" ", reasons.stream().map(r -> r.in(messages)).toList());
    }

    /** A number in a sentence: three significant digits (16.1, 0.0523), all integer digits (1234), no grouping. */
    static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        int integerDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        return new BigDecimal(value).round(new MathContext(Math.max(3, integerDigits))).stripTrailingZeros()
                .toPlainString();
    }
}
