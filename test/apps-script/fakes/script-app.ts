/**
 * ScriptApp's trigger half (https://developers.google.com/apps-script/reference/script/script-app):
 * `AuthMode` (NONE, CUSTOM_FUNCTION, LIMITED, FULL — a simple onOpen runs in NONE or LIMITED and may
 * not call services that need authorization), `newTrigger(functionName).timeBased().after(ms).create()`
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder), `getProjectTriggers()`
 * (the current user's triggers in this project), `deleteTrigger(trigger)`. At most 20 triggers per
 * user per script (https://developers.google.com/apps-script/guides/services/quotas#current_limitations);
 * add-ons may use time-driven triggers at most once an hour
 * (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers). Triggers
 * outlive executions; `due(nowMs)` lets a test fire the ones whose time has come.
 */

export enum FakeAuthMode {
  NONE = 'NONE',
  CUSTOM_FUNCTION = 'CUSTOM_FUNCTION',
  LIMITED = 'LIMITED',
  FULL = 'FULL',
}

export enum FakeEventType {
  CLOCK = 'CLOCK',
}

let nextId = 1;

export class FakeTrigger {
  readonly id = String(nextId++);

  constructor(
    readonly handler: string,
    readonly atMs: number,
  ) {}

  getHandlerFunction(): string {
    return this.handler;
  }

  getUniqueId(): string {
    return this.id;
  }

  getEventType(): FakeEventType {
    return FakeEventType.CLOCK;
  }
}

export class FakeClockTriggerBuilder {
  private atMs: number | null = null;

  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.atMs = this.app.nowMs() + durationMilliseconds;
    return this;
  }

  at(date: Date): FakeClockTriggerBuilder {
    this.atMs = date.getTime();
    return this;
  }

  create(): FakeTrigger {
    if (this.atMs === null) throw new Error('Clock trigger has no schedule (after/at/every…)');
    return this.app.install(new FakeTrigger(this.handler, this.atMs), this.app.addOn);
  }
}

export class FakeTriggerBuilder {
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {}

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.app, this.handler);
  }
}

export class FakeScriptApp {
  readonly AuthMode = FakeAuthMode;
  readonly EventType = FakeEventType;
  readonly calls = { newTrigger: 0, getProjectTriggers: 0, deleteTrigger: 0 };

  constructor(
    readonly nowMs: () => number,
    /** Deployed as an add-on: clock triggers closer than an hour are refused. */
    readonly addOn = false,
    /** The project's triggers; they outlive executions, so executions of one project share the array. */
    readonly triggers: FakeTrigger[] = [],
  ) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    this.calls.newTrigger++;
    return new FakeTriggerBuilder(this, functionName);
  }

  getProjectTriggers(): FakeTrigger[] {
    this.calls.getProjectTriggers++;
    return [...this.triggers];
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.calls.deleteTrigger++;
    const i = this.triggers.findIndex((t) => t.getUniqueId() === trigger.getUniqueId());
    if (i >= 0) this.triggers.splice(i, 1);
  }

  /** @internal used by the builder */
  install(trigger: FakeTrigger, addOn: boolean): FakeTrigger {
    if (this.triggers.length >= 20) throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    if (addOn && trigger.atMs - this.nowMs() < 3_600_000) throw new Error('Add-ons may not create time-based triggers that run more than once per hour.');
    this.triggers.push(trigger);
    return trigger;
  }

  /** Triggers whose time has come at `nowMs` (a time-based `after` trigger fires once, then is spent). */
  due(nowMs: number): FakeTrigger[] {
    return this.triggers.filter((t) => t.atMs <= nowMs);
  }
}
