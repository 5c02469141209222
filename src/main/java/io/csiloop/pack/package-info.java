/**
 * The stakeholder pack of CSI step 6 and the phase-exit report: pure rendering of domain values into XHTML
 * (print-friendly, charts drawn here as PNG), PDF (openhtmltopdf on PDFBox 3, embedded in the plugin jar) and
 * CSV. No Jira, no Active Objects, no HTTP: ArchitectureTest keeps it so. Every user-written text is escaped.
 *
 * <p>May import: the JDK, {@code javax.imageio}, openhtmltopdf and the domain ({@code kernel}, {@code process},
 * {@code lifecycle}, {@code measure}, {@code kpi}).
 */
package io.csiloop.pack;
