package io.csiloop.application.gate;

import io.csiloop.application.process.IssueProcesses;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueLinker;
import io.csiloop.port.IssueRef;
import io.csiloop.port.RaiseRefused;
import io.csiloop.port.Transactions;

import java.util.Set;

/**
 * "Raise improvement" from a Lifecycle Project in Closing or Closed: the lesson learned becomes a new Improvement in
 * the project's Jira project, raised as the user through the host's own create (its permission and field checks),
 * linked from the project, with the lesson as its register objective.
 */
public final class LessonsLearned {

    static final String NOT_CLOSING = "csiloop.ui.lifecycle.raise.notClosing";
    static final String LESSON_REQUIRED = "csiloop.ui.lifecycle.raise.lessonRequired";
    /** Where the register says the improvement came from: a lesson is none of its named sources. */
    static final String SOURCE = "OTHER";
    static final String ACTIVITY = "IMPROVE";

    private final IssueProcesses processes;
    private final ImprovementRaiser raiser;
    private final IssueLinker linker;
    private final ImprovementRegister register;
    private final Transactions transactions;

    public LessonsLearned(IssueProcesses processes, ImprovementRaiser raiser, IssueLinker linker,
                          ImprovementRegister register, Transactions transactions) {
        this.processes = processes;
        this.raiser = raiser;
        this.linker = linker;
        this.register = register;
        this.transactions = transactions;
    }

    /**
     * @return the Improvement raised
     * @throws io.csiloop.kernel.InvalidRecord when the lesson is missing or too long, or the project is not in
     *     Closing or Closed; nothing is created then
     * @throws RaiseRefused when the host refuses the issue or the link
     */
    public IssueRef raise(IssueRef project, String lesson, String actorKey) {
        RecordChecks checks = new RecordChecks().requiredText("lesson", lesson, RegisterEntry.TEXT_MAX);
        if (lesson != null && lesson.isBlank()) {
            checks = new RecordChecks().add("lesson", LESSON_REQUIRED);
        }
        if (processes.phase(project).filter(LifecyclePhase.LESSONS_FROM::contains).isEmpty()) {
            checks.add("phase", NOT_CLOSING);
        }
        checks.orRefuse("invalid lesson");
        linker.unavailable().ifPresent(reason -> {
            throw new RaiseRefused(reason);
        });
        String text = lesson.strip();
        // The summary is the lesson's first line (as a person would title it); the whole lesson is the description,
        // and the link says which project it came from.
        String summary = firstLine(text);
        ImprovementDraft draft = new ImprovementDraft(project.projectId(), actorKey,
                summary.length() > ImprovementDraft.SUMMARY_MAX ? summary.substring(0, ImprovementDraft.SUMMARY_MAX - 1)
                        + "\u2026" : summary, text);
        return transactions.inTransaction(() -> {
            IssueRef raised = raiser.raise(draft);
            linker.link(project.id(), raised.id(), actorKey);
            register.save(new RegisterEntry(raised.id(), raised.projectId(), 1, text, null, null, null, Set.of(),
                    ACTIVITY, SOURCE));
            return raised;
        });
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}
