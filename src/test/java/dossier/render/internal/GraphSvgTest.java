package dossier.render.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph drawing's geometry, read back from its SVG: labels clear of each other and of nodes, all inside the view box. */
class GraphSvgTest {
    private static final String[] WORDS = {"Ministry", "of", "Trade", "Gallium", "Korea", "Semiconductor", "Alliance", "WTO", "Xi",
            "Yoon", "Suk-yeol", "Beijing", "Academy", "Social", "Sciences", "Rare", "Earths", "Wang", "Wentao", "SK", "Hynix"};

    /** A graph like a dossier's: a few hubs, many small nodes, names of one to five words; drawn from a fixed seed. */
    private static Graph synthetic(int n, int edges, long seed, boolean centre) {
        Random random = new Random(seed);
        List<GraphSvg.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                name.append(name.length() > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
            }
            boolean isCentre = centre && i == 0;
            nodes.add(new GraphSvg.Node(name + " " + i, isCentre ? null : "n" + i + ".html", 1 + (int) (60 / (1.0 + i * random.nextDouble())), isCentre));
        }
        List<GraphSvg.Edge> list = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (list.size() < edges) {
            // hubs are chosen more often: the low numbers
            int a = (int) (n * Math.pow(random.nextDouble(), 2.5));
            int b = random.nextInt(n);
            if (a != b && seen.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                list.add(new GraphSvg.Edge(Math.min(a, b), Math.max(a, b), 1 + random.nextInt(12)));
            }
        }
        return new Graph(nodes, list);
    }

    private record Graph(List<GraphSvg.Node> nodes, List<GraphSvg.Edge> edges) {
        String svg() {
            return GraphSvg.svg("A test graph", nodes, edges);
        }
    }

    private static Element parse(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        return doc.selectFirst("svg");
    }

    @Test
    void sixtyNodesDrawWithoutAnyLabelOverlappingALabelOrANodeAndNothingOutsideTheViewBox() {
        Graph graph = synthetic(60, 120, 14, false);
        Element svg = parse(graph.svg());
        assertEquals(graph.nodes().size(), svg.select("circle").size());
        assertEquals(graph.nodes().size(), svg.select("text").size());
        assertEquals(graph.edges().size(), svg.select("line").size());
        assertEquals(List.of(), GraphGeometry.problems(svg));
    }

    @Test
    void aNeighbourhoodWithItsEntityInTheMiddleDrawsClean() {
        Graph graph = synthetic(50, 140, 3, true);
        Element svg = parse(graph.svg());
        assertEquals(List.of(), GraphGeometry.problems(svg));
        assertEquals(1, svg.select("g.graph-centre-item").size(), "the centre is not a link to its own page");
        assertEquals(graph.nodes().size() - 1, svg.select("a.graph-item[href]").size());
    }

    @Test
    void manySeedsAndSizesDrawClean() {
        for (int seed = 0; seed < 12; seed++) {
            int n = 2 + seed * 7;
            Graph graph = synthetic(n, Math.min(n * (n - 1) / 2, n * 2), seed, seed % 2 == 0);
            assertEquals(List.of(), GraphGeometry.problems(parse(graph.svg())), "seed " + seed);
        }
    }

    @Test
    void aStarOfLongNamesDrawsClean() {
        List<GraphSvg.Node> nodes = new ArrayList<>();
        List<GraphSvg.Edge> edges = new ArrayList<>();
        nodes.add(new GraphSvg.Node("South Korea", null, 90, true));
        for (int i = 1; i < 50; i++) {
            nodes.add(new GraphSvg.Node("Beijing Academy of Social Sciences, department " + i, "x.html", 1 + i % 7, false));
            edges.add(new GraphSvg.Edge(0, i, 1 + i % 5));
        }
        assertEquals(List.of(), GraphGeometry.problems(parse(GraphSvg.svg("Star", nodes, edges))));
    }

    @Test
    void theSameGraphGivesTheSameBytes() {
        String first = synthetic(60, 120, 14, false).svg();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, synthetic(60, 120, 14, false).svg());
        }
    }

    @Test
    void nodesAreSizedByMentionsAndLinesByParagraphs() {
        Graph graph = synthetic(30, 50, 5, false);
        Element svg = parse(graph.svg());
        List<Element> circles = svg.select("circle");
        for (int i = 0; i < graph.nodes().size(); i++) {
            for (int j = 0; j < graph.nodes().size(); j++) {
                if (graph.nodes().get(i).mentions() > graph.nodes().get(j).mentions()) {
                    assertTrue(Double.parseDouble(circles.get(i).attr("r")) > Double.parseDouble(circles.get(j).attr("r")), i + " " + j);
                }
            }
        }
        List<Element> lines = svg.select("line");
        for (int i = 0; i < graph.edges().size(); i++) {
            for (int j = 0; j < graph.edges().size(); j++) {
                if (graph.edges().get(i).weight() > graph.edges().get(j).weight()) {
                    assertTrue(Double.parseDouble(lines.get(i).attr("stroke-width")) > Double.parseDouble(lines.get(j).attr("stroke-width")));
                }
            }
        }
    }

    @Test
    void labelsAndLinksAreEscaped() {
        List<GraphSvg.Node> nodes = List.of(new GraphSvg.Node("<script>alert(1)</script>", "a.html?x=\"><script>", 3, false),
                new GraphSvg.Node("B & C", "b.html", 1, false));
        String svg = GraphSvg.svg("T <b>", nodes, List.of(new GraphSvg.Edge(0, 1, 1)));
        assertTrue(!svg.contains("<script>") && !svg.contains("<b>"), svg);
        assertEquals("<script>alert(1)</script>", parse(svg).selectFirst("text").text());
    }
}
