// The code hook of a BookTrip bot (Lex V2): it asks for the pick-up date while it is missing, lets Lex
// run the rest of the dialog, and closes the booking at fulfillment. The builders carry the session along.
import { router } from '@switchboard/core';
import { lexV2, toLexV2Close, toLexV2Delegate, toLexV2ElicitSlot } from '@switchboard/sources/lex-v2';

export const handler = router().on(lexV2, async (event) => {
  const slots = event.sessionState.intent?.slots ?? {};
  const city = slots.PickUpCity?.value?.interpretedValue ?? 'your city';
  if (!slots.PickUpDate) return toLexV2ElicitSlot(event, 'PickUpDate', `What day do you need the car in ${city}?`);
  if (event.invocationSource === 'DialogCodeHook') return toLexV2Delegate(event);
  return toLexV2Close(event, `Your car in ${city} is booked.`, 'Fulfilled');
}).handler;
