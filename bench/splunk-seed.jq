# A jq port of the Splunk detection kmslint grew from (spec/origin-splunk-detection.md), for the benchmark:
#   eventName=CreateKey OR eventName=PutKeyPolicy | spath requestParameters.policy -> Statement{}
#   | key_policy_action = Action or Action{} | key_policy_principal = Principal.AWS
#   | search key_policy_action="kms:Encrypt" AND key_policy_principal="*"
#   | stats count min(_time) max(_time) by eventName eventSource eventID awsRegion userIdentity.principalId user
# In SPL search "*" is a wildcard, so key_policy_principal="*" means "Principal.AWS has a value".
.Records[]?
| select(.eventName == "CreateKey" or .eventName == "PutKeyPolicy")
| . as $event
| (.requestParameters.policy // empty | fromjson? // empty) as $policy
| ($policy.Statement | if type == "array" then .[] else empty end) as $statement
| [($statement.Action // empty) | if type == "array" then .[] else . end] as $actions
| select(any($actions[]; . == "kms:Encrypt"))
| select($statement.Principal.AWS? != null)
| [$event.eventName, $event.eventSource, $event.eventID, $event.awsRegion, $event.userIdentity.principalId, $event.eventTime]
| @tsv
