import { join } from 'node:path';
import * as ts from 'typescript';
import type { K8sObject } from './k8s-schema';

/**
 * Unknown fields: the Kubernetes schema allows them (the API server drops them, or refuses them under
 * strict field validation), so a misspelt `readinesProbe` would pass the schema check and silently
 * leave the probe out. This check writes every object as a typed object literal,
 * `const o0: IDeployment = {…}`, and lets TypeScript's excess-property check compare it with the
 * kubernetes-models type of its kind, at every depth. Offline, with the project's own TypeScript.
 */
const MODULES: Record<string, string> = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'policy/v1': 'kubernetes-models/policy/v1',
};

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
};

/** `Kind/name: message` for every field that the kind's type does not have (or of the wrong type). */
export function unknownFieldErrors(objects: K8sObject[]): string[] {
  const known = objects.filter((o) => MODULES[o.apiVersion]);
  const aliases = Object.keys(MODULES);
  let source = aliases.map((v, i) => `import type * as M${i} from '${MODULES[v]}';\n`).join('');
  const starts: number[] = [];
  known.forEach((object, i) => {
    starts.push(source.length);
    const type = `M${aliases.indexOf(object.apiVersion)}.I${object.kind}`;
    source += `export const o${i}: ${type} = ${JSON.stringify(object, null, 1)};\n`;
  });

  // A virtual file beside this one, so that kubernetes-models resolves from the project's node_modules.
  const fileName = join(__dirname, '__rendered_manifests__.ts');
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, source, languageVersion)
      : getSourceFile(name, languageVersion, ...rest);
  host.fileExists = (name) => name === fileName || fileExists(name);

  const program = ts.createProgram([fileName], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (diagnostic.file?.fileName !== fileName || diagnostic.start === undefined) return message;
    let index = starts.length - 1;
    while (index > 0 && starts[index] > diagnostic.start) index--;
    const object = known[index];
    return `${object.kind}/${object.metadata.name}: ${message}`;
  });
}
