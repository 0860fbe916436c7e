package uk.staffcareers.platform;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.HtmlUtils;

/** The plain pages around signing in with a school account (refused, signed out): a heading, a few sentences, one link. */
final class SignInPage {

    /** Where "Sign in again" leads: Tasklist, which sends someone not signed in to the provider. */
    static final String TASKLIST = "/camunda/app/tasklist/default/";

    private SignInPage() {
    }

    static void write(HttpServletResponse response, int status, String title, String link, String linkText, String... sentences)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html(title, link, linkText, sentences));
    }

    static String html(String title, String link, String linkText, String... sentences) {
        String text = Stream.of(sentences).map(s -> "<p>" + HtmlUtils.htmlEscape(s) + "</p>").collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Staff careers</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40em;margin:4em auto;padding:0 1em;line-height:1.5;color:#222}
                h1{font-size:1.5em}a{color:#0b5fa5}</style></head>
                <body><h1>%1$s</h1>
                %2$s
                <p><a href="%3$s">%4$s</a></p>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(title), text, HtmlUtils.htmlEscape(link), HtmlUtils.htmlEscape(linkText));
    }
}
