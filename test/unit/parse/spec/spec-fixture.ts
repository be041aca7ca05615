/** A valid endpoint spec (one WAS endpoint), the starting point of the spec parser and validator tests. */
export const VALID = `module: was
resource: finding
endpoints:
  - id: was.finding.get
    summary: Get a finding
    method: GET
    api: qps
    path: /qps/rest/3.0/get/was/finding/{id}
    params:
      - { name: id, in: path, type: integer, required: true }
    responses:
      - status: 200
        body: xml
        schema: { file: schemas/finding.xsd, root: ServiceResponse }
`;
