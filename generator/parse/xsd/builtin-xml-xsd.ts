/**
 * The schema for the XML namespace (`xml:lang`, `xml:space`, `xml:base`, `xml:id` and the
 * `xml:specialAttrs` group), built in: an xs:import of that namespace uses it whatever its
 * schemaLocation says, so a schema can refer to `xml:lang` without qspec fetching
 * http://www.w3.org/2001/xml.xsd (it never fetches anything).
 *
 * @see http://www.w3.org/2001/xml.xsd (2009 edition); XML 1.0 §2.10 (xml:space), §2.12
 *      (xml:lang); XML Base; xml:id
 */
export const BUILTIN_XML_XSD_FILE = '(built-in schema for the XML namespace)';

export const BUILTIN_XML_XSD = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang">
    <xs:simpleType>
      <xs:union memberTypes="xs:language">
        <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value=""/></xs:restriction></xs:simpleType>
      </xs:union>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="space">
    <xs:simpleType>
      <xs:restriction base="xs:NCName"><xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="id" type="xs:ID"/>
  <xs:attributeGroup name="specialAttrs">
    <xs:attribute ref="xml:base"/>
    <xs:attribute ref="xml:lang"/>
    <xs:attribute ref="xml:space"/>
    <xs:attribute ref="xml:id"/>
  </xs:attributeGroup>
</xs:schema>
`;
