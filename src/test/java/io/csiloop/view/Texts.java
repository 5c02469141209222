package io.csiloop.view;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.MessageSource;

/** The app's English bundles as a {@link MessageSource}, for the view builders' tests. */
final class Texts {

    static final MessageSource ENGLISH = new EnglishMessages();

    private Texts() {
    }
}
