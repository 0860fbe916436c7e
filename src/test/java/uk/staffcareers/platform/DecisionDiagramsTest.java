package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every decision table in processes/ carries its requirements diagram (DMN DI), so Camunda Modeler opens its
 * requirements view with each decision and the input data it reads laid out, not stacked at the origin.
 */
class DecisionDiagramsTest {

    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";

    @Test
    void eachDecisionAndInputDataHasAShapeAndEachRequirementAnEdgeWithoutOverlaps() throws Exception {
        List<ModelFile> tables = new ModelFiles(".").load().stream().filter(ModelFile::isDmn).toList();
        assertThat(tables).isNotEmpty();
        for (ModelFile table : tables) {
            Document dmn = parse(table);
            Set<String> shaped = references(dmn, "DMNShape");
            Set<String> edged = references(dmn, "DMNEdge");
            assertThat(shaped).as("shapes in %s", table.name()).containsAll(ids(dmn, "decision")).containsAll(ids(dmn, "inputData"));
            assertThat(edged).as("edges in %s", table.name()).containsAll(ids(dmn, "informationRequirement"));
            List<double[]> bounds = bounds(dmn);
            for (int i = 0; i < bounds.size(); i++) {
                for (int j = i + 1; j < bounds.size(); j++) {
                    assertThat(overlap(bounds.get(i), bounds.get(j))).as("shapes %d and %d overlap in %s", i, j, table.name())
                            .isFalse();
                }
            }
        }
    }

    private static Document parse(ModelFile file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
    }

    private static Set<String> ids(Document dmn, String element) {
        return attributes(dmn, DMN, element, "id");
    }

    private static Set<String> references(Document dmn, String element) {
        return attributes(dmn, DMNDI, element, "dmnElementRef");
    }

    private static Set<String> attributes(Document dmn, String namespace, String element, String attribute) {
        Set<String> values = new HashSet<>();
        NodeList nodes = dmn.getElementsByTagNameNS(namespace, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    private static List<double[]> bounds(Document dmn) {
        List<double[]> all = new ArrayList<>();
        NodeList nodes = dmn.getElementsByTagNameNS(DC, "Bounds");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element b = (Element) nodes.item(i);
            all.add(new double[] {Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
                Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height"))});
        }
        return all;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
