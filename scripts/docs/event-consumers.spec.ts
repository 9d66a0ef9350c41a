import { BACKEND_SERVICES } from '@linkage/config';
import { EVENT_CATALOGUE, type EventSubject } from '@linkage/contracts';
import { EVENT_HANDLER } from '@linkage/messaging';
import type { ServiceDefinition } from '@linkage/service-kit';
import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './events-catalogue';

type ModuleRef = Type<unknown> | DynamicModule | ForwardReference | Promise<DynamicModule>;

/** Every backend service's definition, found as apps/<app>/src/<app>.service-definition.ts exports. */
async function serviceDefinitions(): Promise<ServiceDefinition[]> {
  const apps = join(repositoryRoot(), 'apps');
  const files = readdirSync(apps).flatMap((app) =>
    (readdirSync(join(apps, app, 'src'), { withFileTypes: false }) as string[])
      .filter((f) => f.endsWith('.service-definition.ts'))
      .map((f) => join(apps, app, 'src', f)),
  );
  const modules = await Promise.all(files.map((f) => import(f) as Promise<Record<string, unknown>>));
  return modules.flatMap((exports) =>
    Object.values(exports).filter(
      (v): v is ServiceDefinition =>
        typeof v === 'object' && v !== null && 'name' in v && 'schema' in v && 'imports' in v,
    ),
  );
}

/**
 * The subjects a service has @OnEvent handlers for, as its EventHandlers would find them at start-up:
 * every provider class of the modules it imports, and of the modules those import (OrganisationNamesModule
 * from @linkage/messaging, …). Nest's @Module keeps `imports` and `providers` as class metadata.
 */
function handledSubjects(definition: ServiceDefinition): Map<EventSubject, string[]> {
  const handled = new Map<EventSubject, string[]>();
  const seen = new Set<unknown>();
  const visit = (ref: ModuleRef): void => {
    if (ref instanceof Promise) throw new Error(`${definition.name}: an async module cannot be walked`);
    if ('forwardRef' in ref) return visit(ref.forwardRef() as ModuleRef);
    if (seen.has(ref)) return;
    seen.add(ref);
    const dynamic = 'module' in ref ? ref : null;
    const cls = dynamic ? dynamic.module : (ref as Type<unknown>);
    const meta = <T>(key: string): T[] => (Reflect.getMetadata(key, cls) as T[] | undefined) ?? [];
    for (const provider of [...meta<Provider>('providers'), ...(dynamic?.providers ?? [])]) scan(provider);
    for (const imported of [...meta<ModuleRef>('imports'), ...(dynamic?.imports ?? [])]) visit(imported);
  };
  const scan = (provider: Provider): void => {
    const cls =
      typeof provider === 'function' ? provider : 'useClass' in provider ? provider.useClass : undefined;
    if (!cls) return;
    for (let proto = cls.prototype as object | null; proto && proto !== Object.prototype;) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value as unknown;
        const subject =
          typeof method === 'function'
            ? (Reflect.getMetadata(EVENT_HANDLER, method) as EventSubject | undefined)
            : undefined;
        if (subject) handled.set(subject, [...(handled.get(subject) ?? []), `${cls.name}.${key}`]);
      }
      proto = Object.getPrototypeOf(proto) as object | null;
    }
  };
  definition.imports.forEach(visit);
  return handled;
}

describe("the event catalogue's consumers", () => {
  let definitions: ServiceDefinition[];

  beforeAll(async () => {
    definitions = await serviceDefinitions();
  });

  it('finds the definition of every backend service', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual([...BACKEND_SERVICES].sort());
  });

  it('are exactly the services with an @OnEvent handler for the subject', () => {
    const handledBy = new Map(definitions.map((d) => [d.name, handledSubjects(d)]));
    const actual = Object.fromEntries(
      Object.keys(EVENT_CATALOGUE).map((subject) => [
        subject,
        definitions
          .filter((d) => handledBy.get(d.name)!.has(subject as EventSubject))
          .map((d) => d.name)
          .sort(),
      ]),
    );
    const declared = Object.fromEntries(
      Object.entries(EVENT_CATALOGUE).map(([subject, event]) => [subject, [...event.consumers].sort()]),
    );
    expect(actual).toEqual(declared);
  });

  it('finds the shared read model’s handlers through the modules that import it', () => {
    const volunteers = handledSubjects(definitions.find((d) => d.name === 'volunteers')!);
    expect(volunteers.get('partners.organisation.changed.v1')).toEqual(['OrganisationNames.changed']);
  });
});
