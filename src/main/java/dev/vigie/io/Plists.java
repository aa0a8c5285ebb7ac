package dev.vigie.io;

import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import com.dd.plist.XMLPropertyListParser;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilder;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads Apple property lists (binary, XML or ASCII) for the adapters that meet them: the scanner and the checks. */
public final class Plists {

    private Plists() {
    }

    /**
     * Binary, XML or ASCII, as {@link PropertyListParser} decides, except that XML goes through a document builder
     * whose errors are thrown, not also printed: the default one writes "[Fatal Error]" lines to standard error.
     *
     * @throws Exception in the many ways a parser fails on arbitrary bytes (format, XML, index out of bounds...)
     */
    public static NSObject parse(byte[] bytes) throws Exception {
        if (!startsLikeXml(bytes)) {
            return PropertyListParser.parse(bytes);
        }
        DocumentBuilder builder = XMLPropertyListParser.getDocBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Tolerated, as Finder's readers tolerate them.
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return XMLPropertyListParser.parse(builder.parse(new ByteArrayInputStream(bytes)));
    }

    /** An XML declaration or element first, after an optional byte-order mark and white space. */
    static boolean startsLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }
}
