package org.diac.diagram.svg;

import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter}: elements with attributes in one call, indentation, numbers without
 * needless decimals, and text stripped of the characters XML 1.0 cannot hold (a document's text may have any).
 */
final class XmlOut {

	private final XMLStreamWriter xml;
	private int depth;
	private boolean hadChild;

	XmlOut(Writer writer) throws XMLStreamException {
		this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(writer);
	}

	void startDocument() throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
	}

	void start(String name, Object... attributes) throws XMLStreamException {
		indent();
		xml.writeStartElement(name);
		attributes(attributes);
		depth++;
		hadChild = false;
	}

	/** The root element, declaring {@code namespace} as the default namespace. */
	void startRoot(String name, String namespace, Object... attributes) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeDefaultNamespace(namespace);
		attributes(attributes);
		depth++;
		hadChild = false;
	}

	void empty(String name, Object... attributes) throws XMLStreamException {
		indent();
		xml.writeEmptyElement(name);
		attributes(attributes);
		hadChild = true;
	}

	/** An element holding only {@code text}. */
	void text(String name, String text, Object... attributes) throws XMLStreamException {
		indent();
		xml.writeStartElement(name);
		attributes(attributes);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
		hadChild = true;
	}

	void end() throws XMLStreamException {
		depth--;
		if (hadChild) {
			xml.writeCharacters("\n" + "  ".repeat(depth));
		}
		xml.writeEndElement();
		hadChild = true;
	}

	void endDocument() throws XMLStreamException {
		xml.writeEndDocument();
		xml.writeCharacters("\n");
		xml.flush();
		xml.close();
	}

	private void indent() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	private void attributes(Object... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value != null) {
				xml.writeAttribute((String) attributes[i], value instanceof Double d ? number(d) : clean(String.valueOf(value)));
			}
		}
	}

	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
	}

	/** {@code text} without the characters XML 1.0 forbids (controls other than tab, line feed, carriage return). */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}
}
