package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.audit.boundary.CaseId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.PersonalData;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.export.ExportFiles;
import de.anliegen.platform.export.ExportWriter;
import de.anliegen.platform.json.Jsonp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consumer's complete data record as a ZIP: {@code data.json} for machines, {@code report.html} for people (German
 * or English), and the files under {@code files/}. Written straight to the caller's stream as the holders read it;
 * the report waits in a temporary file meanwhile, so memory stays small however many messages there are.
 */
@Stateless
public class DataExport {

    public static final String EXPORTED = "consumer.exported";
    public static final String FORMAT = "anliegen-export-1";

    @PersistenceContext
    EntityManager em;

    @Inject
    @Any
    Instance<PersonalData> holders;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The consumer's own copy (GET /api/v1/me/export). */
    @RolesAllowed(Roles.CONSUMER)
    public void mine(ConsumerId me, Locale locale, OutputStream out) {
        audit.record(new Audited(EXPORTED, Audited.DATA_SUBJECT_REQUEST, me, "export", null, null));
        write(me, locale, out);
    }

    /** The export the data protection officer makes in answer to a case ({@link DataSubjectCases#export}). */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public void forCase(ConsumerId consumer, CaseId caseId, Locale locale, OutputStream out) {
        audit.record(new Audited(EXPORTED, Audited.DATA_SUBJECT_REQUEST, consumer, "export", caseId, null));
        write(consumer, locale, out);
    }

    private void write(ConsumerId consumer, Locale locale, OutputStream out) {
        // the holders clear the persistence context between pages: what is pending (the audit entry) goes first
        em.flush();
        var language = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        var sorted = holders.stream()
                .sorted(Comparator.comparingInt(PersonalData::order).reversed())
                .toList();
        try {
            var report = Files.createTempFile("anliegen-export-", ".html");
            try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                    var html = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("data.json"));
                var json = Jsonp.PROVIDER
                        .createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createGenerator(new KeptOpen(zip), StandardCharsets.UTF_8);
                var writer = new ExportWriter(json, html, language);
                var now = clock.instant();
                json.writeStartObject()
                        .write("format", FORMAT)
                        .write("exportedAt", now.toString())
                        .write("consumerId", consumer.value());
                writer.write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage()
                        + "\"><head><meta charset=\"utf-8\">"
                        + "<title>" + ExportWriter.escape(writer.label("title")) + "</title><style>"
                        + "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
                        + "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}"
                        + "td{white-space:pre-wrap}</style></head><body>\n<h1>"
                        + ExportWriter.escape(writer.label("title")) + "</h1>\n<p>"
                        + ExportWriter.escape(writer.label("intro")) + "</p>\n<p>"
                        + ExportWriter.escape(writer.label("exportedAt")) + ": " + writer.format(now) + "</p>\n");
                for (var holder : sorted) {
                    holder.export(consumer, writer);
                }
                json.writeEnd();
                json.close();
                zip.closeEntry();
                writer.write("</body></html>\n");
                html.close();
                ExportFiles files = (path, content) -> {
                    try {
                        zip.putNextEntry(new ZipEntry("files/" + safe(path)));
                        zip.write(content);
                        zip.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                for (var holder : sorted) {
                    holder.exportFiles(consumer, files);
                }
                zip.putNextEntry(new ZipEntry("report.html"));
                Files.copy(report, zip);
                zip.closeEntry();
            } finally {
                Files.deleteIfExists(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the archive: no way up or out, no control characters. */
    static String safe(String path) {
        var parts = path.replace('\\', '/').split("/");
        var safe = new StringBuilder();
        for (var part : parts) {
            var clean = part.codePoints()
                    .filter(c -> !Character.isISOControl(c) && c != ':')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .strip();
            if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
                continue;
            }
            if (!safe.isEmpty()) {
                safe.append('/');
            }
            safe.append(clean);
        }
        return safe.isEmpty() ? "file" : safe.toString();
    }

    /** The ZIP stays open when the JSON generator closes its stream. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
