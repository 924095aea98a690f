// The code hook of an OrderFlowers bot (Lex V1): it asks for the pick-up time while it is missing, lets
// Lex run the rest of the dialog, and closes the order at fulfillment. Slots arrive in `currentIntent`.
import { router } from '@switchboard/core';
import { lex, toLexClose, toLexDelegate, toLexElicitSlot } from '@switchboard/sources/lex';

export const handler = router().on(lex, async (event) => {
  const { FlowerType, PickupDate, PickupTime } = event.currentIntent.slots;
  if (!PickupTime) {
    return toLexElicitSlot(
      event,
      'PickupTime',
      `At what time on ${PickupDate ?? 'that day'} do you want the ${FlowerType ?? 'flowers'}?`,
    );
  }
  if (event.invocationSource === 'DialogCodeHook') return toLexDelegate(event);
  return toLexClose(
    'Fulfilled',
    `Your ${FlowerType ?? 'flowers'} will be ready at ${PickupTime} on ${PickupDate ?? 'the day you chose'}.`,
  );
}).handler;
