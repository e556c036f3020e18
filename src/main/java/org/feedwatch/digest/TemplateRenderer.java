package org.feedwatch.digest;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders digest mails and web pages from Pebble templates. This is the only class that knows Pebble, so
 * swapping the template engine touches nothing else.
 *
 * <p>Templates are looked up first in the operator's override directory, if any, and then on the classpath
 * under {@code templates/}, so an operator can replace one template without copying the rest. HTML templates
 * ({@code *.html}) escape every expression unless it is marked safe; text templates ({@code *.txt}) print
 * values as they are, because escaping would put {@code &amp;} into a plain-text mail. Pebble's default
 * new-line trimming is off (it also eats the line break after every print tag, which breaks plain text);
 * templates trim explicitly with {@code {%- ... %}} instead.
 *
 * <p>Thread-safe: Pebble engines and compiled templates may be shared.
 */
public class TemplateRenderer {

    static final String CLASSPATH_PREFIX = "templates";

    private final PebbleEngine htmlEngine;
    private final PebbleEngine textEngine;

    /**
     * @param overrideDir a directory whose templates take precedence over the bundled ones; read once per
     *                    template (the cache is on), so edits there need a restart
     * @throws IllegalArgumentException if overrideDir is given but is not a directory: a mistyped setting
     *                                  should stop the deployment, not silently fall back to the bundled templates
     */
    public TemplateRenderer(Optional<Path> overrideDir) {
        overrideDir.ifPresent(dir -> {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(
                        dir + ": template override directory does not exist or is not a directory");
            }
        });
        this.htmlEngine = new PebbleEngine.Builder()
                .loader(loader(overrideDir))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .extension(new HighlightExtension())
                .newLineTrimming(false)
                .strictVariables(true)
                .cacheActive(true)
                .build();
        this.textEngine = new PebbleEngine.Builder()
                .loader(loader(overrideDir))
                .autoEscaping(false)
                .newLineTrimming(false)
                .strictVariables(true)
                .cacheActive(true)
                .build();
    }

    /** Renders {@code digest.html} and {@code digest.txt} for one digest. */
    public RenderedDigest renderDigest(DigestView view) {
        Map<String, Object> model = Map.of("digest", view);
        return new RenderedDigest(render(htmlEngine, "digest.html", model), render(textEngine, "digest.txt", model));
    }

    /**
     * Renders the read-online page of a digest: the HTML part's template, as a web page (no preheader, no
     * "read online" link to itself). Compose the view uncapped for it.
     */
    public String renderWebPage(DigestView view) {
        return render(htmlEngine, "digest.html", Map.of("digest", view.asWebPage()));
    }

    /**
     * Renders a mail that is not a digest from {@code <name>.html} (escaped) and {@code <name>.txt} (plain), such as
     * {@code mail/confirm}: the two parts of one multipart/alternative message.
     */
    public RenderedDigest renderMail(String name, Map<String, Object> model) {
        return new RenderedDigest(render(htmlEngine, name + ".html", model), render(textEngine, name + ".txt", model));
    }

    /**
     * Renders an HTML page template such as {@code pages/mailbox.html}, with auto-escaping.
     *
     * @param templateName path below the template roots
     * @param model        the template's variables (records, beans or maps)
     */
    public String renderPage(String templateName, Map<String, Object> model) {
        return render(htmlEngine, templateName, model);
    }

    private static String render(PebbleEngine engine, String templateName, Map<String, Object> model) {
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.evaluate(out, model);
            return out.toString();
        } catch (PebbleException e) {
            throw new TemplateRenderingException(templateName, e.getMessage(), e);
        } catch (IOException e) {
            // StringWriter does not throw; kept for the signature of evaluate().
            throw new TemplateRenderingException(templateName, "could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * The override directory first, then the classpath. The prefixes are set on each child loader rather than
     * on the DelegatingLoader, whose setPrefix would overwrite them all with one value. The classpath loader
     * gets this class's own class loader: Pebble's default is its own, and under Liberty the thread context
     * loader of a timer thread is not guaranteed to see the application's resources.
     */
    private static Loader<?> loader(Optional<Path> overrideDir) {
        List<Loader<?>> loaders = new ArrayList<>();
        overrideDir.ifPresent(dir -> loaders.add(new FileLoader(dir.toAbsolutePath().toString())));
        ClasspathLoader classpath = new ClasspathLoader(TemplateRenderer.class.getClassLoader());
        classpath.setPrefix(CLASSPATH_PREFIX);
        loaders.add(classpath);
        return new DelegatingLoader(loaders);
    }

    /** Registers {@code highlight}: {@code {{ entry.snippet | highlight(entry.matchedTerms) }}}. */
    private static final class HighlightExtension extends AbstractExtension {
        @Override
        public Map<String, Filter> getFilters() {
            return Map.of("highlight", new HighlightFilter());
        }
    }

    /** Adapts {@link HtmlHighlighter} to Pebble; its output is already escaped, so it is marked safe. */
    private static final class HighlightFilter implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("terms");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int lineNumber) {
            String text = input == null ? "" : input.toString();
            return new SafeString(HtmlHighlighter.highlight(text, termsOf(args.get("terms"))));
        }

        private static List<String> termsOf(Object argument) {
            List<String> terms = new ArrayList<>();
            if (argument instanceof Collection<?> collection) {
                for (Object term : collection) {
                    if (term != null) {
                        terms.add(term.toString());
                    }
                }
            } else if (argument != null) {
                terms.add(argument.toString());
            }
            return terms;
        }
    }
}
