package org.feedwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** OPML import reports the bad outline and imports the rest; export lists every feed, well-formed. */
@ExtendWith(ArquillianExtension.class)
class OpmlIT {

    private final Api api = Api.forItServer();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.feedwatch();
    }

    @Test
    void importAddsTheGoodOutlinesAndReportsTheBadOneByLine() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>export</title></head>
                  <body>
                    <outline text="News">
                      <outline text="Europe">
                        <outline type="rss" text="Gazette &amp; Co" xmlUrl="https://gazette.example.org/%1$s.xml"/>
                      </outline>
                    </outline>
                    <outline type="rss" text="Old FTP" xmlUrl="ftp://files.example.org/%1$s.xml"/>
                    <outline type="rss" text="Top" xmlUrl="https://top.example.org/%1$s.xml" category="/tech"/>
                  </body>
                </opml>
                """.formatted(run);
        HttpResponse<String> response = api.post("/api/feeds/opml", "text/x-opml", opml);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Api.object(response);
        assertEquals(2, report.getInt("imported"), report.toString());
        assertEquals(1, report.getInt("skipped"), report.toString());

        JsonArray added = report.getJsonArray("feeds");
        assertEquals("https://gazette.example.org/" + run + ".xml", added.getJsonObject(0).getString("url"));
        assertEquals("Gazette & Co", added.getJsonObject(0).getString("title"));
        assertEquals("News/Europe", added.getJsonObject(0).getString("folder"));
        assertEquals(7, added.getJsonObject(0).getInt("line"));
        assertEquals("/tech", added.getJsonObject(1).getJsonArray("categories").getString(0));

        JsonObject bad = report.getJsonArray("problems").getJsonObject(0);
        assertEquals(10, bad.getInt("line"), bad.toString());
        assertEquals("refused-scheme", bad.getString("reason"));
        assertEquals("ftp://files.example.org/" + run + ".xml", bad.getString("url"));

        JsonObject stored = Api.object(api.get("/api/feeds/" + added.getJsonObject(0).getInt("id")));
        assertEquals("Gazette & Co", stored.getString("title"));

        HttpResponse<String> again = api.post("/api/feeds/opml", "application/xml", opml);
        JsonObject second = Api.object(again);
        assertEquals(0, second.getInt("imported"), second.toString());
        assertEquals("already-watched", second.getJsonArray("problems").getJsonObject(0).getString("reason"));
    }

    @Test
    void anUploadedFileIsImportedToo() {
        String boundary = "----feedwatch" + run;
        String opml = "<opml version=\"2.0\"><body><outline text=\"Uploaded\" xmlUrl=\"https://upload.example.org/"
                + run + ".xml\"/></body></opml>";
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"feeds.opml\"\r\n"
                + "Content-Type: text/x-opml\r\n\r\n" + opml + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = api.post("/api/feeds/opml", "multipart/form-data; boundary=" + boundary,
                form);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, Api.object(response).getInt("imported"), response.body());

        HttpResponse<String> wrongField = api.post("/api/feeds/opml", "multipart/form-data; boundary=" + boundary,
                form.replace("name=\"file\"", "name=\"document\""));
        assertEquals(400, wrongField.statusCode(), wrongField.body());
        assertEquals("file", Api.object(wrongField).getString("field"));
    }

    @Test
    void aDocumentThatIsNotOpmlIsRefusedNamingTheField() {
        HttpResponse<String> hostile = api.post("/api/feeds/opml", "application/xml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<opml><body>"
                + "<outline text=\"&xxe;\" xmlUrl=\"https://xxe.example.org/\"/></body></opml>");
        assertEquals(400, hostile.statusCode(), hostile.body());
        assertEquals("opml", Api.object(hostile).getString("field"));
        assertTrue(Api.object(hostile).getString("error").contains("DOCTYPE"), hostile.body());
    }

    @Test
    void exportListsEveryFeedAsWellFormedOpml() throws Exception {
        // Imported, not POSTed: an OPML import fetches nothing, so no test traffic leaves loopback.
        String url = "https://export.example.org/" + run + ".xml";
        HttpResponse<String> imported = api.post("/api/feeds/opml", "text/x-opml", "<opml version=\"2.0\"><body>"
                + "<outline text=\"Tom &amp; Jerry &lt;&quot;quoted&quot;&gt; news\" xmlUrl=\"" + url + "\"/>"
                + "</body></opml>");
        assertEquals(1, Api.object(imported).getInt("imported"), imported.body());

        HttpResponse<String> exported = api.get("/api/feeds/opml", "text/x-opml");
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("text/x-opml"));
        Element root = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exported.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals("2.0", root.getAttribute("version"));
        Map<String, String> titles = new HashMap<>();
        NodeList outlines = root.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            titles.put(outline.getAttribute("xmlUrl"), outline.getAttribute("title"));
        }
        assertEquals("Tom & Jerry <\"quoted\"> news", titles.get(url), exported.body());
        assertEquals(Api.array(api.get("/api/feeds")).size(), outlines.getLength());

        HttpResponse<String> anonymous = api.anonymous(HttpRequest.newBuilder(
                URI.create(api.base() + "/api/feeds/opml")));
        assertEquals(401, anonymous.statusCode());
    }
}
