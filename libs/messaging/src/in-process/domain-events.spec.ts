import { EventSubject } from '@linkage/contracts';
import type { Tx } from '@linkage/database';
import { Global, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Outbox } from '../events/outbox';
import { DomainEvents } from './domain-events';
import { DomainEventsModule } from './domain-events.module';
import { domainEventHandler } from './on-domain-event.decorator';

type TestEventMap = { [EventSubject.volunteersHoursVerified]: { hoursRecordId: string } } & {
  'test.thing.happened': { n: number };
  'test.nobody.listens': { n: number };
};

@Injectable()
class TestEvents extends DomainEvents<TestEventMap> {}
const OnTestEvent = domainEventHandler<TestEventMap>();

const calls: string[] = [];
const TX = { transaction: 'of the publisher' } as unknown as Tx;

@Injectable()
class First {
  @OnTestEvent('test.thing.happened')
  async happened(event: { n: number }, tx: Tx): Promise<void> {
    calls.push(`first ${event.n} ${tx === TX ? 'tx' : 'another tx'}`);
    await Promise.resolve();
  }

  @OnTestEvent(EventSubject.volunteersHoursVerified)
  async verified(event: { hoursRecordId: string }, _tx: Tx): Promise<void> {
    calls.push(`verified ${event.hoursRecordId}`);
    await Promise.resolve();
  }
}

@Injectable()
class Second {
  @OnTestEvent('test.thing.happened')
  async happened(event: { n: number }, _tx: Tx): Promise<void> {
    if (event.n < 0) throw new Error('refused');
    calls.push(`second ${event.n}`);
    await Promise.resolve();
  }
}

const outbox = { add: jest.fn(() => Promise.resolve()) };

/** The outbox is global in a service (EventsModule); here a stand-in records what reaches it. */
@Global()
@Module({ providers: [{ provide: Outbox, useValue: outbox }], exports: [Outbox] })
class FakeOutboxModule {}

describe('DomainEvents', () => {
  const tx = TX;
  let events: TestEvents;

  beforeEach(async () => {
    calls.length = 0;
    outbox.add.mockClear();
    const module = await Test.createTestingModule({
      imports: [FakeOutboxModule, DomainEventsModule.forBus(TestEvents)],
      providers: [First, Second],
    }).compile();
    await module.init();
    events = module.get(TestEvents);
  });

  it('runs every handler of the subject in order, with the publisher’s transaction', async () => {
    await events.publish(tx, 'test.thing.happened', { n: 1 });
    expect(calls).toEqual(['first 1 tx', 'second 1']);
    expect(events.handlersOf('test.thing.happened')).toEqual(['First.happened', 'Second.happened']);
  });

  it('lets a handler’s exception through to the publisher, so its transaction rolls back', async () => {
    await expect(events.publish(tx, 'test.thing.happened', { n: -1 })).rejects.toThrow('refused');
    expect(calls).toEqual(['first -1 tx']);
  });

  it('adds a JetStream subject to the outbox after its in-process handlers, and no other subject', async () => {
    await events.publish(tx, EventSubject.volunteersHoursVerified, { hoursRecordId: 'h1' });
    await events.publish(tx, 'test.nobody.listens', { n: 2 });
    expect(calls).toEqual(['verified h1']);
    expect(outbox.add).toHaveBeenCalledTimes(1);
    expect(outbox.add).toHaveBeenCalledWith(tx, EventSubject.volunteersHoursVerified, {
      hoursRecordId: 'h1',
    });
  });
});
