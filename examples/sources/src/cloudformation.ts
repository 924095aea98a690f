// A custom resource (Custom::TopicPolicy): each request type returns the physical id and the attributes
// `Fn::GetAtt` reads. Switchboard PUTs SUCCESS to CloudFormation, or FAILED with the reason on a throw.
import { router } from '@switchboard/core';
import { cloudformation } from '@switchboard/sources/cloudformation';
import { z } from 'zod';

const propertiesSchema = z.object({ TopicArn: z.string(), AllowedAccounts: z.array(z.string()).min(1) });

export const handler = router()
  .on(cloudformation.variant('Create'), async (event) => {
    const { TopicArn, AllowedAccounts } = propertiesSchema.parse(event.ResourceProperties);
    const topic = TopicArn.split(':').pop() ?? TopicArn;
    return { PhysicalResourceId: `${topic}-policy`, Data: { TopicArn, Accounts: AllowedAccounts.join(',') } };
  })
  .on(cloudformation.variant('Update'), async (event) => {
    const { TopicArn, AllowedAccounts } = propertiesSchema.parse(event.ResourceProperties);
    return { PhysicalResourceId: event.PhysicalResourceId, Data: { TopicArn, Accounts: AllowedAccounts.join(',') } };
  })
  .on(cloudformation.variant('Delete'), async (event) => {
    console.log('removing', event.PhysicalResourceId);
  }).handler;
