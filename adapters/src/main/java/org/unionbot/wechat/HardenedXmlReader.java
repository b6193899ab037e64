package org.unionbot.wechat;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_DECLARATION;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.NOTATION_DECLARATION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the simple top-level fields of a WeChat {@code <xml>} document with the JDK's StAX parser,
 * hardened against hostile input (docs/WECHAT.md §6.1).
 *
 * <p>No DTD is processed or tolerated, so there are no external or internal entities to expand;
 * size, depth and element count are capped. CDATA and plain text read the same, element order is
 * free, and nested structures (ScanCodeInfo, SendPicsInfo, ...) are walked but not returned. Values
 * are returned exactly as sent (not trimmed).
 *
 * <p>The common case, flat elements holding CDATA or plain text, is read directly by {@link
 * FlatXml}, which accepts strictly less than XML and hands everything else to StAX.
 *
 * <p>Thread-safe. Each thread keeps one configured factory, which hands out one reused parser (the
 * JDK's {@code reuse-instance}): building a factory and a parser costs more than parsing a push.
 * The reused parser is reset for every document with the same hardened settings.
 */
final class HardenedXmlReader {
  static final int MAX_BYTES = 64 * 1024; // in UTF-8
  static final int MAX_DEPTH = 5; // xml > SendPicsInfo > PicList > item > PicMd5Sum
  static final int MAX_ELEMENTS = 256;

  private static final String NO_DTD = "DOCTYPE and entities are not allowed";

  /** One hardened factory per thread: the JDK's factories and readers are not thread-safe. */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(HardenedXmlReader::newFactory);

  private HardenedXmlReader() {}

  /**
   * The text of every top-level element without children, first occurrence wins. At most {@link
   * #MAX_BYTES} of UTF-8, {@link #MAX_DEPTH} levels and {@link #MAX_ELEMENTS} elements.
   *
   * @param unique names that must not occur twice at the top level
   * @throws WeChatProtocolException if the XML is malformed, hostile, too big, its root is not
   *     {@code <xml>} or a unique field repeats
   */
  static Map<String, String> read(String xml, Set<String> unique) {
    Objects.requireNonNull(xml, "xml");
    // a char is at most 3 UTF-8 bytes (a surrogate pair is 4 for 2), so most bodies skip the count
    if (xml.length() > MAX_BYTES
        || (xml.length() * 3 > MAX_BYTES && ReplyText.utf8Length(xml) > MAX_BYTES)) {
      throw new WeChatProtocolException("XML body too large");
    }
    if (hasDoctypeBeforeRoot(xml)) {
      throw new WeChatProtocolException(NO_DTD);
    }
    Optional<Map<String, String>> flat = FlatXml.read(xml); // what WeChat sends, read directly
    return flat.isPresent() ? flat.get() : readWithStax(xml, unique);
  }

  /** {@link #read} by the full StAX parser alone, size and DOCTYPE already checked. */
  static Map<String, String> readWithStax(String xml, Set<String> unique) {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.get().createXMLStreamReader(new StringReader(xml));
      return topLevelFields(reader, unique);
    } catch (XMLStreamException e) {
      throw new WeChatProtocolException("malformed XML");
    } finally {
      close(reader);
    }
  }

  private static Map<String, String> topLevelFields(XMLStreamReader reader, Set<String> unique)
      throws XMLStreamException {
    Map<String, String> fields = new LinkedHashMap<>();
    int depth = 0;
    int elements = 0;
    String field = null;
    StringBuilder text = new StringBuilder();
    boolean leaf = false;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case DTD, ENTITY_REFERENCE, ENTITY_DECLARATION, NOTATION_DECLARATION ->
            throw new WeChatProtocolException(NO_DTD);
        case START_ELEMENT -> {
          depth++;
          elements++;
          if (depth > MAX_DEPTH || elements > MAX_ELEMENTS) {
            throw new WeChatProtocolException("XML nested too deeply or too many elements");
          }
          if (depth == 1 && !"xml".equals(reader.getLocalName())) {
            throw new WeChatProtocolException("root element must be <xml>");
          }
          leaf = depth == 2; // a deeper start means the top-level element has children
          if (leaf) {
            field = reader.getLocalName();
            text.setLength(0);
          }
        }
        case CHARACTERS, CDATA, SPACE -> {
          if (depth == 2) {
            text.append(reader.getText());
          }
        }
        case END_ELEMENT -> {
          if (depth == 2 && leaf) {
            if (fields.putIfAbsent(field, text.toString()) != null && unique.contains(field)) {
              throw new WeChatProtocolException("duplicate field " + field);
            }
          }
          depth--;
        }
        default -> {
          // comments, processing instructions, the document's end
        }
      }
    }
    return fields;
  }

  /**
   * Refuses a DOCTYPE before the JDK's DTD scanner sees it: besides the smaller attack surface,
   * that scanner prints an exception to {@code System.err} on some truncated DTDs (JDK 17). The
   * parser's own DTD event check stays the real guard.
   */
  private static boolean hasDoctypeBeforeRoot(String xml) {
    int doctype = xml.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return false;
    }
    int root = xml.indexOf("<xml");
    return root < 0 || doctype < root;
  }

  private static XMLInputFactory newFactory() {
    // the JDK's own implementation, whatever else is on the classpath
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty("reuse-instance", true); // one parser per thread, reset for each document
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not allowed");
        });
    return factory;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing to release for an in-memory reader
      }
    }
  }
}
