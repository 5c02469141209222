package io.csiloop.preview.demo;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.process.WorkflowModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The status Jira's create puts a new issue in: the step the workflow's initial action "Create" leads to, read from
 * the workflow XML the issue type uses ({@code workflows/csiloop-<key>.xml}), named by the step's
 * {@code csiloop.status} meta as setup names the Jira status. Read from the XML rather than the model, as Jira does,
 * so that a shipped XML whose Create led elsewhere would show here too.
 */
public final class InitialStatus {

    private final ProcessNames names = new ProcessNames();

    /** The initial status of the type's workflow, by its Jira name; empty for a type with no CSI Loop workflow. */
    public Optional<String> of(String issueTypeName) {
        return names.type(issueTypeName).map(this::of);
    }

    private String of(CsiLoopIssueType type) {
        WorkflowModel model = type.workflow();
        Document xml = parse("/workflows/csiloop-" + model.key() + ".xml");
        Element result = (Element) ((Element) xml.getElementsByTagName("initial-actions").item(0))
                .getElementsByTagName("unconditional-result").item(0);
        String step = result.getAttribute("step");
        NodeList steps = xml.getElementsByTagName("step");
        for (int i = 0; i < steps.getLength(); i++) {
            Element candidate = (Element) steps.item(i);
            if (candidate.getAttribute("id").equals(step)) {
                String statusKey = meta(candidate, "csiloop.status");
                return model.statuses().stream().filter(s -> s.key().equals(statusKey)).findFirst()
                        .map(s -> names.name(s)).orElseThrow(() -> new IllegalStateException(
                                model.key() + ": the initial step names no status of the model: " + statusKey));
            }
        }
        throw new IllegalStateException(model.key() + ": the initial action leads to a missing step " + step);
    }

    private static String meta(Element step, String name) {
        NodeList metas = step.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if (meta.getAttribute("name").equals(name) && meta.getParentNode() == step) {
                return meta.getTextContent().strip();
            }
        }
        throw new IllegalStateException("a workflow step has no " + name + " meta");
    }

    private static Document parse(String resource) {
        try (InputStream in = InitialStatus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing workflow " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // The DOCTYPE names OSWorkflow's DTD on the web: never fetch it (no network, and no external entities).
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("reading " + resource + " failed", e);
        }
    }
}
