/**
 * Reading Camunda's extensions without the camunda moddle package: bpmnlint keeps unknown attributes in
 * $attrs ("camunda:dueDate") and unknown elements as generic ones with $children. The prefix is whatever the
 * diagram declares for Camunda's namespace (Modeler writes "camunda").
 */
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

function prefixOf(node) {
  let root = node;
  while (root.$parent) {
    root = root.$parent;
  }
  const attrs = root.$attrs || {};
  const declared = Object.keys(attrs).find(key => key.startsWith('xmlns:') && attrs[key] === CAMUNDA);
  return declared ? declared.substring('xmlns:'.length) : 'camunda';
}

/** The value of camunda:NAME on the element, or undefined. */
function attribute(node, name) {
  return (node.$attrs || {})[prefixOf(node) + ':' + name];
}

/** The element's camunda:property entries (inside camunda:properties) as { name, value }. */
function properties(node) {
  const prefix = prefixOf(node);
  const extensions = (node.extensionElements && node.extensionElements.values) || [];
  return extensions
    .filter(e => e.$type === prefix + ':properties')
    .flatMap(e => e.$children || [])
    .filter(p => p.$type === prefix + ':property')
    .map(p => ({ name: p.name, value: p.value }));
}

module.exports = { attribute, properties };
