// Indexes invoices as they land in the bucket. S3 URL-encodes object keys in notifications
// (`May+invoice+%231001.pdf`): `decodeS3Key` gives back the key the uploader chose.
import { router } from '@switchboard/core';
import { decodeS3Key, s3 } from '@switchboard/sources/s3';

export const handler = router().on(s3.variant('ObjectCreated'), async (event) => {
  for (const record of event.Records) {
    const { bucket, object } = record.s3;
    console.log(
      `index s3://${bucket.name}/${decodeS3Key(object.key)} (${object.size ?? 0} bytes, ${record.eventName})`,
    );
  }
}).handler;
