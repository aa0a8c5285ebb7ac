package dev.vigie.io;

import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import com.dd.plist.XMLPropertyListParser;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reads Apple property lists (binary, XML or ASCII) for the adapters that meet them: the scanner and the checks. */
public final class Plists {

    /** Far deeper than any list Apple writes (a few levels); shallow enough for any parser's stack. */
    static final int MAX_DEPTH = 64;

    private Plists() {
    }

    /**
     * Binary, XML or ASCII, as {@link PropertyListParser} decides, except that XML goes through a document builder
     * whose errors are thrown, not also printed: the default one writes "[Fatal Error]" lines to standard error.
     *
     * @throws Exception in the many ways a parser fails on arbitrary bytes (format, XML, index out of bounds...)
     */
    public static NSObject parse(byte[] bytes) throws Exception {
        try {
            return parseBounded(bytes);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // dd-plist recurses per level and per reference: a hostile list must be a damaged file, not a crash.
            throw new MalformedPlistException("nested too deeply or too large to read");
        }
    }

    private static NSObject parseBounded(byte[] bytes) throws Exception {
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
        Document document = builder.parse(new ByteArrayInputStream(bytes));
        if (depth(document) > MAX_DEPTH) {
            throw new MalformedPlistException("nested more than " + MAX_DEPTH + " levels deep");
        }
        return XMLPropertyListParser.parse(document);
    }

    /** The deepest element's level, counted without recursion (the parser after it recurses). */
    static int depth(Document document) {
        int deepest = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        nodes.push(document);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int level = levels.pop();
            deepest = Math.max(deepest, level);
            if (level > MAX_DEPTH) {
                return level;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    nodes.push(child);
                    levels.push(level + 1);
                }
            }
        }
        return deepest;
    }

    /** A property list Vigie will not read: too deep, too large. */
    public static final class MalformedPlistException extends Exception {
        MalformedPlistException(String reason) {
            super(reason);
        }
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
