import { createAuthHandlers } from './handlers/auth-handlers';
import { createChannelHandlers } from './handlers/channel-handlers';
import { createScenarioHandlers } from './handlers/scenario-handlers';
import { createUserHandlers } from './handlers/user-handlers';
import type { MockHub } from './mock-hub';

/** The mock Hub's handlers, in order: scenarios first, then one group per resource. */
export function createHubHandlers(hub: MockHub) {
  return [
    ...createScenarioHandlers(hub),
    ...createAuthHandlers(hub),
    ...createUserHandlers(hub),
    ...createChannelHandlers(hub),
  ];
}
