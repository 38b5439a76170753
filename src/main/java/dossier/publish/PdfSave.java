package dossier.publish;

import dossier.config.SiteConfig;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Saves a rendered PDF so that the same input gives the same bytes: PDFBox and openhtmltopdf
 * would write the clock (the info dates) and a trailer {@code /ID} made from it; here the dates
 * are the edition's date, the producer is fixed and the ID is the input's digest.
 */
final class PdfSave {
    static final String PRODUCER = "Dossier";

    private PdfSave() {
    }

    static void save(PDDocument pdf, SiteConfig config, Instant date, byte[] digest, OutputStream out) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(config.title());
        if (config.description() != null && !config.description().isBlank()) {
            info.setSubject(config.description());
        }
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);
        // the same value twice: a first save (PDF 32000-1, 14.4)
        byte[] id = Arrays.copyOf(digest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.save(out);
    }
}
