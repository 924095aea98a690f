// A Lambda function block in a contact flow: looks the caller up by phone number and returns flat values
// the flow reads as `$.External.<key>` (numbers and booleans become text, missing values are left out).
import { router } from '@switchboard/core';
import { connect } from '@switchboard/sources/connect';

// Stands in for the CRM the function would query.
const customers = new Map([['+12065550142', { name: 'Jane Doe', tier: 'gold', balance: 1024.5 }]]);

export const handler = router().on(connect, async (event) => {
  const phone = event.Details.ContactData.CustomerEndpoint?.Address ?? '';
  const customer = customers.get(phone);
  return {
    Found: customer !== undefined,
    CustomerName: customer?.name,
    Tier: customer?.tier,
    Balance: customer?.balance,
  };
}).handler;
