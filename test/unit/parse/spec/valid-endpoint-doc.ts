/** A minimal endpoint spec document the spec-format schema accepts (a fresh object per call). */
export const validEndpointDoc = () => ({
  module: 'was',
  resource: 'finding',
  endpoints: [
    {
      id: 'was.finding.get',
      summary: 'Get a finding',
      method: 'GET',
      api: 'qps',
      path: '/qps/x',
      responses: [{ status: 200, body: 'xml', schema: { file: 'schemas/f.xsd', root: 'R' } }],
    },
  ],
});
