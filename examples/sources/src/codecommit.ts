// A repository trigger that deploys what is pushed to main: each record lists the references the push
// changed (a large push may arrive in several parts); deleted branches are skipped.
import { router } from '@switchboard/core';
import { codecommit } from '@switchboard/sources/codecommit';

export const handler = router().on(codecommit, async (event) => {
  for (const record of event.Records) {
    const repository = record.eventSourceARN.split(':').pop();
    for (const reference of record.codecommit.references) {
      if (reference.ref !== 'refs/heads/main' || reference.deleted === true) continue;
      console.log(`deploy ${repository}@${reference.commit.slice(0, 7)}, pushed by ${record.userIdentityARN}`);
    }
  }
}).handler;
