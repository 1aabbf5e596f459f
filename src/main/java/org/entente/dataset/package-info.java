/**
 * The documented dataset format (one whole organization per document, JSON Schema in
 * {@code dataset/entente-dataset.schema.json}), its atomic import and its export, and the built-in
 * CSTO dataset loaded on first start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dataset")
package org.entente.dataset;
