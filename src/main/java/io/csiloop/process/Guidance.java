package io.csiloop.process;

/**
 * The ITIL guidance shown for one status, as three i18n keys: the service value chain activities at
 * work, the practices involved, and what the team should do now.
 *
 * @param valueChainKey i18n key naming the value chain activities involved
 * @param practicesKey  i18n key naming the practices involved
 * @param nowKey        i18n key saying what to do now
 */
public record Guidance(String valueChainKey, String practicesKey, String nowKey) {

    /** The guidance whose three keys hang under one status's message prefix. */
    public static Guidance under(String messagePrefix) {
        return new Guidance(messagePrefix + ".valueChain", messagePrefix + ".practices", messagePrefix + ".now");
    }
}
