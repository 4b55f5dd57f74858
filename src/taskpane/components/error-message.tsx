import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** An error in words, as a Fluent error bar; nothing when there is none. */
export function ErrorMessage(props: { text: string | null | undefined }): JSX.Element | null {
  return props.text ? (
    <MessageBar intent="error">
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
