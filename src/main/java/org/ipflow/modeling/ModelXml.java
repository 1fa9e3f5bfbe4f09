package org.ipflow.modeling;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;

/**
 * Reads a model into the engine's element tree (with line numbers), without schema validation and
 * without defining anything: the tree the validator's rules walk. Its SAX parser is its own, namespace
 * aware and refusing any document type declaration: the engine's parsers share one factory per thread
 * and set it up for their own parses.
 */
final class ModelXml {

    private static final Parser PARSER = new Parser() {
        @Override
        public Parse createParse() {
            return new Parse(this) {
            };
        }

        @Override
        protected SAXParser getSaxParser() throws Exception {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        }
    };

    /** The root element, or the problems that kept the XML from being read. */
    record Read(Element root, List<ModelProblem> problems) {
    }

    private ModelXml() {
    }

    static Read read(byte[] content) {
        Parse parse = PARSER.createParse().sourceInputStream(new ByteArrayInputStream(content)).name("model");
        try {
            parse.execute();
        } catch (ProcessEngineException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Read(null, List.of(ModelProblem.of(null, 0, "model.problem.unreadable", cause.getMessage())));
        }
        List<ModelProblem> problems = parse.getProblems().stream()
                .map(p -> ModelProblem.engine(p.getMainElementId(), p.getLine(), p.getMessage())).toList();
        return new Read(problems.isEmpty() ? parse.getRootElement() : null, problems);
    }
}
