import * as appsV1 from 'kubernetes-models/apps/v1';
import * as autoscalingV2 from 'kubernetes-models/autoscaling/v2';
import * as policyV1 from 'kubernetes-models/policy/v1';
import * as coreV1 from 'kubernetes-models/v1';

/**
 * Offline schema validation of rendered manifests with `kubernetes-models`, whose validators are compiled
 * from the Kubernetes OpenAPI schema and ship in the npm package (no download at test time). They check
 * types, required fields and formats; Kubernetes' schema does not forbid unknown fields, so misspelt
 * field names are caught by k8s-strict.ts instead.
 *
 * Only the API groups these manifests use are listed: an object of any other apiVersion/kind is reported
 * as unvalidated, so a new kind cannot slip through without a schema (add its module here).
 */
const GROUPS: Record<string, Record<string, unknown>> = {
  v1: coreV1,
  'apps/v1': appsV1,
  'autoscaling/v2': autoscalingV2,
  'policy/v1': policyV1,
};

interface Validatable {
  validate(): void;
}
type ModelClass = new (data: unknown) => Validatable;

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** The problems of one object, as `Kind/name: message` lines; empty when it is valid. */
export function schemaErrors(object: K8sObject): string[] {
  const where = `${object.kind}/${object.metadata?.name ?? '?'} (${object.apiVersion})`;
  const group = GROUPS[object.apiVersion];
  const model = group?.[object.kind] as ModelClass | undefined;
  if (typeof model !== 'function') {
    return [
      `${where}: no schema for this apiVersion/kind (add its kubernetes-models module to k8s-schema.ts)`,
    ];
  }
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: { instancePath?: string; message?: string }[] }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      return errors.map((e) => `${where}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    }
    return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
  }
}
