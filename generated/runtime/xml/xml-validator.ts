// Copied by qspec from runtime/xml/xml-validator.ts. Do not edit here: `qspec generate` replaces it.
/**
 * One schema, many documents: a validator that checks document after document with the same
 * driver, tokenizer and engine (their frames, stacks and resolved options), put back to their
 * initial state between documents (`reset`) instead of being built again for each one. Each
 * verdict is exactly the one `validateXml` / `validateXmlStream` give for that document, whatever
 * came before it (a malformed document, one stopped at a limit, a stream abandoned midway).
 *
 * One document at a time: a second document started while a streamed one is still being read
 * is refused with an Error (use one validator per concurrent stream).
 *
 * @see XSD 1.1 Part 1 §5.2 (assessing schema-validity); xml-driver.ts (safety, limits)
 */
import type { XmlSchemaModel } from '../schema-model.js';
import { XmlDriver } from './xml-driver.js';
import type { XmlValidateOptions, XmlValidationResult } from './xml-validate-options.js';

export class XmlValidator {
  private readonly driver: XmlDriver;
  /** The driver has seen a document since it was built or reset. */
  private used = false;
  /** A streamed document is being read. */
  private busy = false;

  constructor(model: XmlSchemaModel, options?: XmlValidateOptions) {
    this.driver = new XmlDriver(model, options);
  }

  /** The verdict of one whole document (a string or its bytes). */
  validate(xml: string | Uint8Array): XmlValidationResult {
    const driver = this.begin();
    try {
      driver.write(xml);
      return driver.end();
    } finally {
      this.busy = false;
    }
  }

  /** The verdict of one document arriving as chunks; stops reading once the verdict is final. */
  async validateStream(
    input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  ): Promise<XmlValidationResult> {
    const driver = this.begin();
    try {
      for await (const chunk of input) {
        driver.write(chunk);
        if (driver.stopped) break;
      }
      return driver.end();
    } finally {
      this.busy = false;
    }
  }

  private begin(): XmlDriver {
    if (this.busy) throw new Error('XmlValidator: a document is still being read (one at a time)');
    this.busy = true;
    if (this.used) this.driver.reset();
    this.used = true;
    return this.driver;
  }
}
