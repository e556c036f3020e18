package org.feedwatch.digest;

/**
 * A template could not be found, parsed or evaluated. Templates ship with the application (or are placed by
 * the operator), so this is a deployment error rather than bad user input, hence unchecked. The message
 * starts with the template's name.
 */
public class TemplateRenderingException extends RuntimeException {

    private final String templateName;

    public TemplateRenderingException(String templateName, String problem, Throwable cause) {
        super(templateName + ": " + problem, cause);
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
